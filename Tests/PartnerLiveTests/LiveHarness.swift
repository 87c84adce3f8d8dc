import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PartnerCLI
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Synchronization

/// A `partnerctl serve` on a loopback port over a temporary SQLite store ("Microsoft's side"),
/// with the accounts given already there, and a temporary folder for ledgers and files.
final class LiveHarness: Sendable {
    static let clientId = "11111111-2222-3333-4444-555555555555"
    static let clientSecret = "live-test-client-secret-7f3a"

    let directory: TemporaryDirectory
    /// The store behind serve: what Partner Center and Graph hold.
    let backing: SQLiteStore
    let service: PartnerCenterService
    let root: String
    let logLines = LiveLogLines()
    private let task: Task<Void, any Error>

    init(accounts: [AccountIdentity], _ configure: (inout ServeSettings) -> Void = { _ in }) async throws {
        directory = try TemporaryDirectory()
        backing = try SQLiteStore(path: directory.file("microsoft.db"), mode: .create)
        for account in accounts {
            try await backing.replaceState(
                AccountState(account: account, offers: OfferCatalog.builtIn(for: account.cloud).offers))
        }
        var settings = ServeSettings(clients: [ServeClient(clientId: Self.clientId, clientSecret: Self.clientSecret)])
        settings.autoApproveDeviceCodes = true
        configure(&settings)
        service = try PartnerCenterService(store: backing, settings: settings)
        let lines = logLines
        let logger = Logger(label: "live-test") { _ in LiveLogHandler(lines: lines) }
        let server = PartnerServer(service: service, listener: ServeListener(), logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run { port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        root = "http://127.0.0.1:\(port)"
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        directory.remove()
    }

    /// A fresh ledger file in the folder.
    func ledger(_ name: String = "ledger.db") throws -> SQLiteStore {
        try SQLiteStore(path: directory.file(name), mode: .create)
    }

    /// A store over serve and a ledger, signing in with `credentials`.
    func store(
        _ credentials: LiveCredentials, ledger: String = "ledger.db", policy: LiveRetryPolicy = LiveHarness.fastPolicy
    ) throws -> PartnerCenterStore {
        PartnerCenterStore(
            endpoints: LiveEndpoints(singleBase: root), credentials: credentials, ledger: try self.ledger(ledger),
            policy: policy)
    }

    /// Short pauses between attempts, and generous bounds: a request to the local server or a
    /// new user's replication may take long on a busy 2-core CI machine.
    static let fastPolicy = LiveRetryPolicy(
        maxAttempts: 10, baseDelay: .milliseconds(20), maxDelay: .milliseconds(300), timeout: .seconds(60),
        replicationBound: .seconds(30))

    // MARK: - Sign-in (the device-code flow, approved automatically)

    struct Tokens {
        let partnerCenter: String
        let graph: String
        let refresh: String
    }

    /// App+User tokens for `account`, and a refresh token.
    func userTokens(_ account: AccountIdentity) async throws -> Tokens {
        let partnerCenter = try await deviceFlow(account, .partnerCenter)
        let graph = try await deviceFlow(account, .graph)
        return Tokens(
            partnerCenter: partnerCenter.accessToken, graph: graph.accessToken,
            refresh: partnerCenter.refreshToken ?? "")
    }

    private func deviceFlow(_ account: AccountIdentity, _ audience: WireAudience) async throws -> TokenResponse {
        let scope = audience.resource(in: account.cloud) + "/.default"
        let code = try JSONDecoder().decode(
            DeviceCodeResponse.self,
            from: try await post(
                "/\(account.tenantId)/oauth2/v2.0/devicecode", ["client_id": Self.clientId, "scope": scope]))
        return try JSONDecoder().decode(
            TokenResponse.self,
            from: try await post(
                "/\(account.tenantId)/oauth2/v2.0/token",
                [
                    "grant_type": OAuthGrantType.deviceCode.rawValue, "client_id": Self.clientId,
                    "device_code": code.deviceCode, "scope": scope,
                ]))
    }

    private func post(_ path: String, _ form: [String: String]) async throws -> Data {
        var request = HTTPClientRequest(url: root + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let text = form.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        request.body = .bytes(ByteBuffer(string: text))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        return Data(body.readableBytesView)
    }

    /// Sends a request to serve as the portal would (for drift).
    func send(_ method: HTTPMethod, _ path: String, token: String, json: some Encodable) async throws -> Int {
        var request = HTTPClientRequest(url: root + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(json)))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }
}

/// A live store whose `enroll` first makes the account at "Microsoft" (serve's store), as it
/// exists in reality before partnerctl sees it, then registers it with the ledger.
struct ServeEnrollingStore: ForwardingStore {
    let live: PartnerCenterStore
    let backing: SQLiteStore

    var base: any AccountStore { live }
    func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await backing.replaceState(AccountState(account: account, offers: offers))
        try await live.enroll(account, offers: offers)
    }
}

final class LiveLogLines: Sendable {
    let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
}

struct LiveLogHandler: LogHandler {
    let lines: LiveLogLines
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) { lines.lines.withLock { $0.append("\(event.message)") } }
}
