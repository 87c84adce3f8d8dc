public import AsyncHTTPClient
import Foundation
import NIOHTTP1
public import PartnerModel
import PartnerWire
import Synchronization

/// An account's state read from and changed in Partner Center itself: profiles, roles and the
/// catalog over Partner Center REST, users and Entra-backed roles over Microsoft Graph.
///
/// The ledger (lock, applies, journal, history) is not in Partner Center: every ledger method
/// goes to `ledger`, an embedded SQLite file or PostgreSQL. Enrolling an account registers it with
/// the ledger (its cloud and domain); the account itself must already exist at Microsoft.
///
/// Before a step's first request, the ledger durably records its intent: the step and the
/// `MS-RequestId` its writes carry (``StepLedger/recordIntent(tenantId:applyId:index:step:requestId:)``).
/// Its `done` journal row is written after the step's HTTP calls succeeded: the two are not one
/// transaction. A crash between them leaves a change made but not journaled; the next plan no
/// longer contains it once the service shows it, and a step retried after a crash converges: the
/// retry picks up the unfinished intent's request id, so the service answers a repeated write
/// from its idempotency cache; a create answered "already exists" under a picked-up id was made
/// by the earlier attempt; a grant that already holds, a revoke or delete of what is gone, count
/// as done.
///
/// The catalog is read (Partner Center's offers, all visible) but not managed (``managesCatalog``
/// is false): Partner Center has no API to hide or show an offer, so plans list catalog rules as
/// not managed, and `catalog.hide`/`catalog.show` steps are refused.
public final class PartnerCenterStore: AccountStore, Sendable {
    /// `partnercenter:` (the real endpoints of each account's cloud) or `partnercenter:URL`.
    public let location: String
    /// The store that keeps the ledger.
    public let ledger: any StepLedger
    /// The endpoints, or nil for the real ones of each account's cloud.
    public let endpoints: LiveEndpoints?
    let http: LiveHTTP
    let tokens: LiveTokens
    /// When this store created each user (tenant/principal name), for telling replication delay
    /// from absence.
    let created = Mutex<[String: ContinuousClock.Instant]>([:])
    /// Each role's members path (tenant/role), looked up once per run: a directory role's or
    /// group's id does not change while an apply runs, and a parallel apply grants thousands.
    let memberPaths = Mutex<[String: String]>([:])

    /// Creates a store.
    ///
    /// - Parameters:
    ///   - endpoints: One base URL for every service (`partnerctl serve`), or nil for the real
    ///     endpoints of each account's cloud.
    ///   - credentials: How to sign in.
    ///   - ledger: The store that keeps the ledger.
    ///   - policy: Retries and bounds.
    ///   - client: The HTTP client (the shared one by default).
    public init(
        endpoints: LiveEndpoints?, credentials: LiveCredentials, ledger: any StepLedger,
        policy: LiveRetryPolicy = LiveRetryPolicy(), client: HTTPClient = .shared
    ) {
        self.endpoints = endpoints
        self.ledger = ledger
        location = "partnercenter:" + (endpoints?.partnerCenter ?? "")
        http = LiveHTTP(client: client, correlationId: UUID().uuidString.lowercased(), policy: policy)
        tokens = LiveTokens(credentials: credentials, http: http)
    }

    /// The ledger's identity and the endpoint: a plan made through one ledger or against one
    /// Partner Center never applies through another.
    public var identity: String { "\(location)#\(ledger.identity)" }

    /// False: Partner Center has no API to hide or show an offer, so the planner lists catalog
    /// rules as not managed instead of planning them.
    public var managesCatalog: Bool { false }

    /// The ledger's accounts: those enrolled through this ledger.
    public func accounts() async throws -> [AccountIdentity] { try await ledger.accounts() }

    /// Registers an account with the ledger; the offers are Microsoft's, read from Partner Center,
    /// and not stored.
    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        if try await self.account(account.tenantId) != nil { return }
        try await ledger.enroll(account, offers: [])
    }

    /// Steps are independent HTTP requests: as many at once as the apply asks for.
    public var maxConcurrentSteps: Int { .max }

    /// The ledger's problems.
    public func integrityProblems() async throws -> [String] { try await ledger.integrityProblems() }

    // MARK: - Ledger

    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        try await ledger.acquireLock(tenantId: tenantId, holder: holder)
    }

    public func releaseLock(_ lock: AccountLock) async throws { try await ledger.releaseLock(lock) }

    public func breakLock(id: String) async throws -> AccountLock { try await ledger.breakLock(id: id) }

    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws
        -> String
    {
        try await ledger.beginApply(tenantId: tenantId, holder: holder, stepCount: stepCount, origin: origin)
    }

    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        try await ledger.recordFailure(applyId: applyId, index: index, step: step, error: error)
    }

    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        try await ledger.finishApply(id: id, status: status)
    }

    public func interruptRunningApplies(tenantId: String) async throws {
        try await ledger.interruptRunningApplies(tenantId: tenantId)
    }

    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        try await ledger.history(tenantId: tenantId, limit: limit)
    }

    // MARK: - Requests

    /// The account as the ledger knows it.
    func account(_ tenantId: String) async throws -> AccountIdentity? {
        try await ledger.accounts().first { $0.tenantId.lowercased() == tenantId.lowercased() }
    }

    func endpoints(for account: AccountIdentity) -> LiveEndpoints { endpoints ?? .real(account.cloud) }

    /// Sends a request to a service with its token; a refused redeemed token is redeemed again
    /// once.
    func send(
        _ method: HTTPMethod, _ audience: WireAudience, _ pathOrURL: String, account: AccountIdentity,
        body: Data? = nil, headers: [(String, String)] = [], requestId: String? = nil
    ) async throws -> (LiveRequest, LiveResponse) {
        let endpoints = endpoints(for: account)
        let base = audience == .partnerCenter ? endpoints.partnerCenter : endpoints.graph
        let url = pathOrURL.hasPrefix("http://") || pathOrURL.hasPrefix("https://") ? pathOrURL : base + pathOrURL
        let request = LiveRequest(method: method, url: url, body: body, headers: headers)
        for attempt in 1...2 {
            let token = try await tokens.token(audience, account: account, authority: endpoints.authority)
            let response = try await http.send(request, bearer: token, requestId: requestId)
            if response.status == 401, attempt == 1, await tokens.forget(audience, account: account) { continue }
            return (request, response)
        }
        preconditionFailure("unreachable")
    }

    /// Sends a request and decodes its successful answer.
    func fetch<T: Decodable>(
        _ type: T.Type, _ audience: WireAudience, _ pathOrURL: String, account: AccountIdentity,
        headers: [(String, String)] = []
    ) async throws -> T {
        let (request, response) = try await send(.GET, audience, pathOrURL, account: account, headers: headers)
        try Self.require(response, request)
        return try response.decode(T.self, request)
    }

    /// Throws the service's refusal as a backend error naming the request.
    static func require(_ response: LiveResponse, _ request: LiveRequest) throws {
        guard response.isSuccess else { throw StoreError.backend(operation: request.name, message: response.fault) }
    }

    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    static func escaped(_ component: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
    }
}
