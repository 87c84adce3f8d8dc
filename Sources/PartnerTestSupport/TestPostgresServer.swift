import Foundation
public import Testing

/// The PostgreSQL server tests run against: `PARTNERCTL_TEST_POSTGRES_URL`, a URL whose role may
/// create databases (`scripts/start-test-postgres` starts one and prints the line that sets it).
public enum TestPostgresServer {
    /// The server's administration URL, if set.
    public static let url = setting("PARTNERCTL_TEST_POSTGRES_URL")

    /// The certificate the server's TLS certificate is signed with (itself), when the server
    /// accepts TLS: `PARTNERCTL_TEST_POSTGRES_CA`.
    public static let certificateAuthority = setting("PARTNERCTL_TEST_POSTGRES_CA")

    /// Whether tests that need the server can run.
    public static var isConfigured: Bool { url != nil }

    /// Why tests that need the server were skipped.
    public static let skipReason: Comment =
        "PARTNERCTL_TEST_POSTGRES_URL is not set; scripts/start-test-postgres starts a throwaway server"

    /// An environment variable's value; unset and empty are the same.
    private static func setting(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
