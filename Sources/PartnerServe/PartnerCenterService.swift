import Foundation
public import PartnerModel
import PartnerWire

/// The local Partner Center, Microsoft Graph and sign-in over a store: the one layer every route
/// handler calls.
///
/// Reads go to the store's snapshot; writes become plan steps made through
/// ``PartnerModel/DirectChanges`` (never journaled: to `partnerctl drift` they are changes made
/// in the portal). The service also holds the token registry, the fault injector and the
/// idempotency cache.
public actor PartnerCenterService {
    /// The store accounts are read from and written to.
    public let store: any AccountStore & DirectChanges
    /// How the service behaves.
    public let settings: ServeSettings
    /// The token that guards the admin endpoint (`partnerctl serve approve`).
    public nonisolated let adminToken: String

    var tokens: TokenRegistry
    var faults: FaultInjector
    var idempotency = IdempotencyCache()
    /// When each user created through the service was created, by tenant and user key.
    var created: [String: ContinuousClock.Instant] = [:]
    let clock = ContinuousClock()

    /// Creates a service.
    ///
    /// - Throws: ``ServeConfigurationError`` when no client is configured and ``ServeSettings/insecureNoAuth``
    ///   is off, or when serving without auth has no account to act on.
    public init(store: any AccountStore & DirectChanges, settings: ServeSettings) throws {
        if settings.clients.isEmpty && !settings.insecureNoAuth {
            throw ServeConfigurationError(
                "no client may sign in: give --clients FILE or PARTNERCTL_SERVE_CLIENT_ID and "
                    + "PARTNERCTL_SERVE_CLIENT_SECRET (or --insecure-no-auth to serve without tokens)")
        }
        self.store = store
        self.settings = settings
        adminToken = OpaqueToken.make()
        tokens = TokenRegistry(clients: settings.clients)
        faults = FaultInjector(plan: settings.faults, seed: settings.seed)
    }

    // MARK: - Authentication

    /// Who a request comes from.
    ///
    /// - Parameters:
    ///   - authorization: The `Authorization` header, if any.
    ///   - audience: The service the request is for.
    /// - Throws: ``ServeError`` 401 without a bearer token, with one this server did not issue
    ///   (or that expired), or with one for the other service.
    public func authenticate(authorization: String?, audience: WireAudience) throws -> Caller {
        if settings.insecureNoAuth {
            guard let tenantId = settings.defaultTenantId else { throw ServeError.unauthorized("Access denied") }
            return Caller(tenantId: tenantId, kind: .appPlusUser, audience: audience, clientId: "insecure-no-auth")
        }
        guard let authorization, authorization.lowercased().hasPrefix("bearer "),
            case let token = authorization.dropFirst(7).trimmingCharacters(in: .whitespaces), !token.isEmpty
        else {
            throw ServeError.unauthorized("Access denied: the request has no bearer token")
        }
        guard let caller = tokens.caller(forToken: token, now: clock.now) else {
            throw ServeError.unauthorized("Access denied: the access token is invalid or has expired")
        }
        guard caller.audience == audience else {
            throw ServeError.unauthorized("Access denied: the access token is not for this service (invalid audience)")
        }
        return caller
    }

    /// Refuses App-only callers where the service wants App+User (profile writes and most
    /// profile reads, role members).
    func requireUser(_ caller: Caller, _ what: String) throws {
        guard caller.kind == .appPlusUser else {
            throw ServeError.forbidden(
                "Access denied: \(what) requires App+User authentication; App-only tokens are not accepted")
        }
    }

    // MARK: - Faults and idempotency

    /// Draws the next request's fault.
    func nextFault() -> Fault { faults.next() }

    /// The first answer to a repeated write.
    func replay(requestId: String, fingerprint: String) -> RecordedResponse? {
        idempotency.replay(requestId: requestId, fingerprint: fingerprint, now: clock.now)
    }

    /// Keeps the answer to a write for its retries.
    func record(requestId: String, fingerprint: String, response: RecordedResponse) {
        idempotency.record(requestId: requestId, fingerprint: fingerprint, response: response, now: clock.now)
    }

    // MARK: - State

    /// The caller's account as it is now.
    func state(_ caller: Caller) async throws -> AccountState {
        guard let snapshot = try await store.snapshot(tenantId: caller.tenantId) else {
            throw ServeError.notFound("The account '\(caller.tenantId)' does not exist")
        }
        return snapshot.state
    }

    /// Makes a change the way the portal would: not journaled.
    ///
    /// - Throws: ``ServeError`` 400 when the store rejects it as not fitting the state.
    func change(_ step: PlanStep, _ caller: Caller) async throws {
        do {
            try await store.change(step, tenantId: caller.tenantId)
        } catch StoreError.stepRejected(_, let reason) {
            throw ServeError.invalid(reason)
        } catch StoreError.notEnrolled(let tenantId) {
            throw ServeError.notFound("The account '\(tenantId)' does not exist")
        }
    }

    /// Whether a user created through the service is still replicating (answers 404).
    func isReplicating(_ user: UserState, _ caller: Caller) -> Bool {
        guard let createdAt = created[caller.tenantId + "/" + user.key] else { return false }
        return clock.now - createdAt < settings.replicationDelay
    }
}
