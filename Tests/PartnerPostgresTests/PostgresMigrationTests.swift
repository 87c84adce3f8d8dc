import Foundation
import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// Migrations run once per database, however many processes open it at once.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresMigrationTests {
    @Test func openingTwiceMigratesOnce() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            for _ in 1...2 { try await TestServer.withStore(url) { _ in } }
            try await TestServer.withStore(url) { store in
                let versions = try await appliedVersions(store)
                #expect(versions == PostgresSchema.migrations.map(\.version))
            }
        }
    }

    @Test func concurrentOpensOfAFreshDatabaseAllSucceed() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
                for _ in 1...4 {
                    group.addTask { try await PostgresStore.open(url: url, environment: TestServer.environment) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(stores.count == 4)
            #expect(try await appliedVersions(stores[0]) == PostgresSchema.migrations.map(\.version))
            // Every store works on the one schema.
            try await stores[0].enroll(StoreConformance.account, offers: StoreConformance.offers)
            for store in stores {
                #expect(try await store.accounts() == [StoreConformance.account])
                await store.close()
            }
        }
    }

    @Test func aSchemaNewerThanThisBuildIsRefused() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { store in
                _ = try await TestServer.outside(store) {
                    try await $0.run(
                        "INSERT INTO partnerctl.schema_migrations (version, name) VALUES (99, 'from the future')")
                }
            }
            await #expect(
                throws: StoreError.backend(
                    operation: "postgres open \(url)",
                    message:
                        "the database's schema is at version 99, newer than this partnerctl knows (1); upgrade partnerctl"
                )
            ) {
                try await PostgresStore.open(url: url, environment: TestServer.environment)
            }
        }
    }

    /// A team may migrate with an owner role and run partnerctl with a role that may only read
    /// and write the tables.
    @Test func aRoleThatMayNotCreateTablesCanOpenAMigratedDatabase() async throws {
        let role = TestPostgresServer.uniqueName("partnerctl_test_role_")
        try await TestPostgresServer.withFreshDatabase { url in
            let database = try #require(URLComponents(string: url)?.path.dropFirst())
            try await TestServer.withStore(url) { owner in
                try await TestServer.outside(owner) { connection in
                    for statement in [
                        "CREATE ROLE \(role) LOGIN", "GRANT CONNECT ON DATABASE \(database) TO \(role)",
                        "GRANT USAGE ON SCHEMA partnerctl TO \(role)",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA partnerctl TO \(role)",
                        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA partnerctl TO \(role)",
                    ] {
                        try await connection.run(PostgresQuery(unsafeSQL: statement))
                    }
                }
            }

            var components = try #require(URLComponents(string: url))
            components.user = role
            let store = try await PostgresStore.open(
                url: try #require(components.string), environment: TestServer.environment)
            try await store.enroll(StoreConformance.account, offers: StoreConformance.offers)
            let applyId = try await store.beginApply(
                tenantId: StoreConformance.account.tenantId, holder: .ci, stepCount: 1)
            try await store.execute(StoreConformance.everyKindOfStep[1], context: StepContext(tenantId: StoreConformance.account.tenantId, applyId: applyId, index: 1))
            let lock = try await store.acquireLock(tenantId: StoreConformance.account.tenantId, holder: .ci)
            #expect(try await store.breakLock(id: lock.id) == lock)
            await store.close()
        }
        try await TestServer.admin { try await $0.run("DROP ROLE IF EXISTS \(unescaped: role)") }
    }

    private func appliedVersions(_ store: PostgresStore) async throws -> [Int32] {
        try await TestServer.outside(store) {
            try await $0.column("SELECT version FROM partnerctl.schema_migrations ORDER BY version", as: Int32.self)
        }
    }
}
