import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// `sslmode` as libpq means it, against a server with a self-signed certificate for localhost
/// and 127.0.0.1 (`scripts/start-test-postgres` makes one when openssl is installed).
@Suite(
    .enabled(
        if: TestPostgresServer.isConfigured
            && (TestPostgresServer.certificateAuthority != nil || ExternalTool.isRequired),
        "the test server accepts no TLS: PARTNERCTL_TEST_POSTGRES_CA is not set (scripts/start-test-postgres needs openssl)"
    ))
struct PostgresTLSTests {
    @Test(arguments: [("require", true), ("prefer", true), ("disable", false)])
    func modesThatDoNotCheckTheCertificateConnect(mode: String, encrypted: Bool) async throws {
        try await TestServer.withFreshStore(location: { TestPostgresServer.adding("sslmode=\(mode)", to: $0) }) {
            store in
            let isEncrypted = try await isEncrypted(store)
            #expect(isEncrypted == encrypted)
        }
    }

    @Test(arguments: ["verify-ca", "verify-full"])
    func checkingModesRefuseAnUntrustedCertificate(mode: String) async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let location = TestPostgresServer.adding("sslmode=\(mode)", to: url)
            await #expect(
                throws: StoreError.backend(
                    operation: "postgres open \(location)",
                    message: "could not connect: the server's TLS certificate is not trusted: name the authority that "
                        + "signed it with sslrootcert=FILE (sslmode=require encrypts without checking the certificate)")
            ) {
                try await PostgresStore.open(url: location, environment: TestServer.environment)
            }
        }
    }

    /// With the authority named, both checking modes connect, to the IP address the certificate
    /// names as to its host name.
    @Test(arguments: [("127.0.0.1", "verify-ca"), ("127.0.0.1", "verify-full"), ("localhost", "verify-full")])
    func checkingModesConnectWithTheAuthority(host: String, mode: String) async throws {
        let authority = try #require(TestPostgresServer.certificateAuthority)
        let location = { (url: String) in
            TestPostgresServer.adding("sslmode=\(mode)&sslrootcert=\(authority)", to: url)
                .replacingOccurrences(of: "@127.0.0.1:", with: "@\(host):")
        }
        try await TestServer.withFreshStore(location: location) { store in
            #expect(try await isEncrypted(store))
            try await store.enroll(StoreConformance.account, offers: StoreConformance.offers)
            #expect(try await store.accounts() == [StoreConformance.account])
        }
    }

    // MARK: - Helpers

    /// Whether a session with the store's settings is encrypted, as the server sees it.
    private func isEncrypted(_ store: PostgresStore) async throws -> Bool {
        try await TestServer.outside(store) {
            try await $0.value("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
        } ?? false
    }
}
