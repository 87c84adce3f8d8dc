import PartnerModel
import PartnerTestSupport
import Testing

@testable import PartnerPostgres

/// The store conformance suite, unchanged, against a real PostgreSQL database.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresStoreConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func conforms(to check: StoreConformanceCheck) async throws {
        try await TestServer.withFreshStore { store in
            try await check.run(store)
        }
    }
}

/// Under CI a missing server is a broken CI script, not a reason to skip the PostgreSQL tests.
@Suite
struct PostgresTestServerTests {
    @Test(.enabled(if: ExternalTool.isRequired || TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
    func serverIsAvailableUnderCI() async throws {
        _ = try #require(
            TestPostgresServer.url,
            "CI=true but PARTNERCTL_TEST_POSTGRES_URL is not set: the CI script must run scripts/start-test-postgres")
        let answer = try await TestServer.admin { try await $0.value("SELECT 1", as: Int32.self) }
        #expect(answer == 1)
    }
}
