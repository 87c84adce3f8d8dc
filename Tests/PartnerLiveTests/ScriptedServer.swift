import Hummingbird
import Testing

/// A Hummingbird server on a free loopback port that answers as a test's router says.
enum ScriptedServer {
    /// Runs `router` on 127.0.0.1 until `body`, given the server's base URL, returns.
    static func run(_ router: Router<BasicRequestContext>, _ body: (String) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await app.run() }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body("http://127.0.0.1:\(port)")
    }
}
