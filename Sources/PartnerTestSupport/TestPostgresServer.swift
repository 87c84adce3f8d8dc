import Foundation
public import Testing

/// The PostgreSQL server tests run against: `PARTNERCTL_TEST_POSTGRES_URL`, a URL whose role may
/// create databases (`scripts/start-test-postgres` starts one and prints the line that sets it).
public enum TestPostgresServer {
    /// The server's administration URL, if set, with a connect timeout of
    /// ``connectTimeoutSeconds`` unless it names one: every URL the tests derive from it (their
    /// databases, the stores they open, the processes they start) carries it.
    public static let url = setting("PARTNERCTL_TEST_POSTGRES_URL").map { url in
        url.contains("connect_timeout=") ? url : adding("connect_timeout=\(connectTimeoutSeconds)", to: url)
    }

    /// How long tests give a connection to the server to open: generous, since a busy 2-core CI
    /// machine can take far longer than partnerctl's default of 10 seconds to accept one.
    public static let connectTimeoutSeconds = 60

    /// A URL with more query parameters (`sslmode=require`), after a `?` or a `&` as the URL needs.
    public static func adding(_ parameters: String, to url: String) -> String {
        url + (url.contains("?") ? "&" : "?") + parameters
    }

    /// The certificate the server's TLS certificate is signed with (itself), when the server
    /// accepts TLS: `PARTNERCTL_TEST_POSTGRES_CA`.
    public static let certificateAuthority = setting("PARTNERCTL_TEST_POSTGRES_CA")

    /// Whether tests that need the server can run.
    public static var isConfigured: Bool { url != nil }

    /// Why tests that need the server were skipped.
    public static let skipReason: Comment =
        "PARTNERCTL_TEST_POSTGRES_URL is not set; scripts/start-test-postgres starts a throwaway server"

    /// The server's URL with another database.
    public static func url(database: String) throws -> String {
        let server = try #require(url)
        var components = try #require(URLComponents(string: server))
        components.path = "/\(database)"
        return try #require(components.string)
    }

    /// Creates an empty database (with `psql`), hands its URL to `body`, and drops it afterwards,
    /// however `body` ends (best effort).
    public static func withFreshDatabase(_ body: (String) async throws -> Void) async throws {
        let name = uniqueName("partnerctl_test_")
        let psql = ExternalTool("psql")
        let administration = try #require(url)
        let created = try await psql.run([administration, "-qc", "CREATE DATABASE \(name)"])
        try #require(created.status == 0, "\(created.output)")
        let result: Result<Void, any Error>
        do {
            try await body(try url(database: name))
            result = .success(())
        } catch {
            result = .failure(error)
        }
        _ = try? await psql.run([administration, "-qc", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
        try result.get()
    }

    /// A name no other test uses, for a database or role: lower-case letters, digits and
    /// underscores only, so it may be spliced into SQL.
    public static func uniqueName(_ prefix: String) -> String {
        prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// An environment variable's value; unset and empty are the same.
    private static func setting(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
