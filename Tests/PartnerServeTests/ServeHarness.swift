import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Synchronization

/// A `partnerctl serve` on a free loopback port over a fresh SQLite store in a temporary folder,
/// and an HTTP client to talk to it.
final class ServeHarness: Sendable {
    static let global = AccountIdentity(
        tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10", cloud: .global, domain: "fabrikam.onmicrosoft.com")
    static let china = AccountIdentity(
        tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china, domain: "contoso.partner.onmschina.cn")
    static let clientId = "11111111-2222-3333-4444-555555555555"
    static let clientSecret = "test-client-secret"

    let directory: TemporaryDirectory
    let store: SQLiteStore
    let service: PartnerCenterService
    let root: String
    let client: HTTPClient
    /// Every line the server logged.
    let logLines = LogLines()
    private let task: Task<Void, any Error>

    /// Starts a server.
    ///
    /// - Parameters:
    ///   - accounts: The accounts to enroll, with their users.
    ///   - settings: Changes to the default settings (one client, no faults).
    ///   - storePath: An existing store to serve instead of a new one.
    init(
        accounts: [AccountState] = [AccountState(account: ServeHarness.global)],
        storePath: String? = nil,
        _ configure: (inout ServeSettings) -> Void = { _ in }
    ) async throws {
        directory = try TemporaryDirectory()
        if let storePath {
            store = try SQLiteStore(path: storePath, mode: .readWrite)
        } else {
            store = try SQLiteStore(path: directory.file("account.db"), mode: .create)
        }
        for state in accounts {
            var state = state
            if state.offers.isEmpty { state.offers = OfferCatalog.builtIn(for: state.account.cloud).offers }
            try await store.replaceState(state)
        }
        var settings = ServeSettings(clients: [ServeClient(clientId: Self.clientId, clientSecret: Self.clientSecret)])
        settings.autoApproveDeviceCodes = true
        configure(&settings)
        service = try PartnerCenterService(store: store, settings: settings)
        let lines = logLines
        let logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        let server = PartnerServer(service: service, listener: ServeListener(), logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task {
            try await server.run { port in continuation.yield(port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        root = "http://127.0.0.1:\(port)"
        client = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    /// A new, empty store in a folder of its own, without a server.
    static func emptyStore() throws -> (directory: TemporaryDirectory, store: SQLiteStore) {
        let directory = try TemporaryDirectory()
        return (directory, try SQLiteStore(path: directory.file("account.db"), mode: .create))
    }

    /// Stops the server and removes the folder.
    func stop() async {
        try? await client.shutdown()
        task.cancel()
        _ = try? await task.value
        directory.remove()
    }

    // MARK: - Requests

    /// An answer: status, headers and body.
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data

        /// The body as JSON.
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }

        /// The body decoded.
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(T.self, from: body) }

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    /// Sends a request to a path under the root (or to an absolute URL).
    func send(
        _ method: HTTPMethod, _ path: String, token: String? = nil, headers: [String: String] = [:],
        json: (any Encodable)? = nil, form: [String: String]? = nil
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: path.hasPrefix("http") ? path : root + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            // Sorted keys: a retry sends the same bytes, as a real client's does.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            request.body = .bytes(ByteBuffer(bytes: try encoder.encode(json)))
        }
        if let form {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            let text = form.sorted { $0.key < $1.key }.map { key, value in
                "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
            }.joined(separator: "&")
            request.body = .bytes(ByteBuffer(string: text))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 16 << 20)
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name] = header.value }
        return Reply(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }

    // MARK: - Tokens

    /// An App-only token (client credentials) for an audience.
    func appToken(_ audience: WireAudience, tenant: AccountIdentity = ServeHarness.global) async throws -> String {
        let reply = try await send(
            .POST, "/\(tenant.tenantId)/oauth2/v2.0/token",
            form: [
                "grant_type": "client_credentials", "client_id": Self.clientId, "client_secret": Self.clientSecret,
                "scope": audience.resource(in: tenant.cloud) + "/.default",
            ])
        return try reply.decode(TokenResponse.self).accessToken
    }

    /// An App+User token, signed in with a device code (approved at once).
    func userToken(_ audience: WireAudience, tenant: AccountIdentity = ServeHarness.global) async throws -> String {
        let scope = audience.resource(in: tenant.cloud) + "/.default"
        let code = try await send(
            .POST, "/\(tenant.tenantId)/oauth2/v2.0/devicecode",
            form: [
                "client_id": Self.clientId, "scope": scope,
            ]
        ).decode(DeviceCodeResponse.self)
        let reply = try await send(
            .POST, "/\(tenant.tenantId)/oauth2/v2.0/token",
            form: [
                "grant_type": OAuthGrantType.deviceCode.rawValue, "client_id": Self.clientId,
                "device_code": code.deviceCode,
                "scope": scope,
            ])
        return try reply.decode(TokenResponse.self).accessToken
    }
}

/// Log lines kept for assertions.
final class LogLines: Sendable {
    let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    /// Waits until a line satisfies `condition` (the server may log a request after its client
    /// has its answer), up to a generous deadline.
    ///
    /// - Returns: Whether such a line came.
    func eventually(_ condition: (String) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if all.contains(where: condition) { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return all.contains(where: condition)
    }
}

/// Keeps log lines for assertions.
struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.lines.withLock { $0.append("\(event.message)") }
    }
}
