import Foundation
public import Testing

/// The PostgreSQL server tests run against: `PARTNERCTL_TEST_POSTGRES_URL`, a URL whose role may
/// create databases (`scripts/start-test-postgres` starts one and prints the line that sets it).
public enum TestPostgresServer {
    /// The server's administration URL, if set.
    public static let url: String? = ProcessInfo.processInfo.environment["PARTNERCTL_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// The certificate the server's TLS certificate is signed with (itself), when the server
    /// accepts TLS: `PARTNERCTL_TEST_POSTGRES_CA`.
    public static let certificateAuthority: String? = ProcessInfo.processInfo.environment[
        "PARTNERCTL_TEST_POSTGRES_CA"
    ].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether tests that need the server can run.
    public static var isConfigured: Bool { url != nil }

    /// Why tests that need the server were skipped.
    public static let skipReason: Comment =
        "PARTNERCTL_TEST_POSTGRES_URL is not set; scripts/start-test-postgres starts a throwaway server"
}
