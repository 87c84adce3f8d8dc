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
            // One store, one identity, however many processes made it at once.
            #expect(Set(stores.map(\.identity)).count == 1)
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
                        "the database's schema is at version 99, newer than this partnerctl knows "
                        + "(\(PostgresSchema.currentVersion)); upgrade partnerctl"
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
            try await store.execute(
                StoreConformance.everyKindOfStep[1],
                context: StepContext(tenantId: StoreConformance.account.tenantId, applyId: applyId, index: 1))
            let lock = try await store.acquireLock(tenantId: StoreConformance.account.tenantId, holder: .ci)
            #expect(try await store.breakLock(id: lock.id) == lock)
            await store.close()
        }
        try await TestServer.admin { try await $0.run("DROP ROLE IF EXISTS \(unescaped: role)") }
    }

    @Test func theStoreIdentityIsMadeOnceAndNeverChanges() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            var identities: [String] = []
            for _ in 1...2 { try await TestServer.withStore(url) { identities.append($0.identity) } }
            #expect(identities[0] == identities[1])
            #expect(UUID(uuidString: identities[0]) != nil, "\(identities[0]) is not a UUID")
            try await TestServer.withStore(url) { store in
                let stored = try await TestServer.outside(store) {
                    try await $0.column("SELECT identity FROM partnerctl.store", as: String.self)
                }
                #expect(stored == [identities[0]])
            }
            try await TestPostgresServer.withFreshDatabase { other in
                try await TestServer.withStore(other) { #expect($0.identity != identities[0]) }
            }
        }
    }

    @Test func aStoreWithoutItsIdentityIsDamaged() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { store in
                _ = try await TestServer.outside(store) { try await $0.run("DELETE FROM partnerctl.store") }
            }
            await #expect(throws: StoreError.damaged("partnerctl.store holds 0 store identities, not 1")) {
                try await PostgresStore.open(url: url, environment: TestServer.environment)
            }
        }
    }

    /// Version 1 recorded command lines as given, passwords and all; version 2 rewrites them.
    @Test func version2RedactsStoredCommandLinesAndDropsTheVersionTriggers() async throws {
        let secret = PostgresSecretTests.secret
        let recorded = [
            "partnerctl apply partner.yaml --store postgres://ci:\(secret)@db.internal:5432/partner_center --auto-approve",
            "partnerctl apply --store=postgresql://ci:\(secret)@[::1]/accounts",
            "partnerctl apply --store postgres://ci:two \(secret)@db/accounts --auto-approve",
            "partnerctl apply partner.yaml",
        ]
        let redacted = [
            "partnerctl apply partner.yaml --store postgres://ci@db.internal:5432/partner_center --auto-approve",
            "partnerctl apply --store=postgresql://ci@[::1]/accounts",
            "partnerctl apply --store postgres://ci …",
            "partnerctl apply partner.yaml",
        ]
        try await TestPostgresServer.withFreshDatabase { url in
            try await Self.withVersion1(url) { connection in
                for (offset, command) in recorded.enumerated() {
                    try await connection.run(
                        """
                        INSERT INTO partnerctl.applies
                            (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                        VALUES (\("apply-\(offset)"), \(StoreConformance.account.tenantId), 'ci', 'runner-1', 1, \(command),
                                now() + \(Double(offset)) * interval '1 second', 'succeeded', 1)
                        """)
                    try await connection.run(
                        """
                        INSERT INTO partnerctl.journal (apply_id, step_index, step, status, recorded_at)
                        VALUES (\("apply-\(offset)"), 1, 'user.create x', 'done', now())
                        """)
                }
                try await connection.run(
                    """
                    INSERT INTO partnerctl.locks
                        (tenant_id, lock_id, lock_key, holder_user, holder_host, holder_pid, command, acquired_at, backend_pid)
                    VALUES (\(StoreConformance.account.tenantId), 'dead-lock', 1, 'ci', 'runner-1', 1, \(recorded[0]), now(), 1)
                    """)
            }

            try await TestServer.withStore(url) { store in
                let commands = try await TestServer.outside(store) {
                    try await $0.column(
                        "SELECT command FROM partnerctl.applies UNION ALL SELECT command FROM partnerctl.locks",
                        as: String.self)
                }
                #expect(commands.count == recorded.count + 1)
                #expect(!commands.contains { $0.contains(secret) }, "\(commands)")
                let history = try await store.history(tenantId: StoreConformance.account.tenantId, limit: 10)
                #expect(history.map(\.holder.command) == redacted.reversed())
                #expect(history.map(\.journal.count) == [1, 1, 1, 1])

                let leftovers = try await TestServer.outside(store) {
                    try await $0.column(
                        """
                        SELECT t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'partnerctl' AND NOT t.tgisinternal
                        UNION ALL SELECT p.proname::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = 'partnerctl'
                        UNION ALL SELECT column_name::text FROM information_schema.columns
                        WHERE table_schema = 'partnerctl' AND table_name = 'accounts' AND column_name = 'version'
                        """, as: String.self)
                }
                #expect(leftovers == [])
                #expect(try await store.integrityProblems() == [])
            }
        }
    }

    /// Version 3 adds each apply's origin; applies recorded before keep none.
    @Test func version3RecordsOriginsAndKeepsOlderAppliesWithout() async throws {
        let tenantId = StoreConformance.account.tenantId
        try await TestPostgresServer.withFreshDatabase { url in
            try await Self.withSchema(url, at: 2) { connection in
                try await connection.run(
                    """
                    INSERT INTO partnerctl.applies
                        (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                    VALUES ('old-apply', \(tenantId), 'ci', 'runner-1', 1, 'partnerctl apply', now() - interval '1 hour',
                            'succeeded', 1)
                    """)
                try await connection.run(
                    """
                    INSERT INTO partnerctl.journal (apply_id, step_index, step, status, recorded_at)
                    VALUES ('old-apply', 1, 'user.create x', 'done', now())
                    """)
            }
            try await TestServer.withStore(url) { store in
                let origin = ApplyOrigin(
                    configHash: "sha256:" + String(repeating: "7e", count: 32), partnerctlVersion: "0.2.0")
                let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 0, origin: origin)
                try await store.finishApply(id: applyId, status: .succeeded)
                let history = try await store.history(tenantId: tenantId, limit: 10)
                #expect(history.map(\.id) == [applyId, "old-apply"])
                #expect(history.map(\.origin) == [origin, .unknown])
                #expect(history.last?.journal == [JournalEntry(index: 1, step: "user.create x", status: .done)])
                #expect(try await store.integrityProblems() == [])
            }
        }
    }

    /// Makes the partnerctl schema at version 1, as partnerctl 1 left it, and runs `body` on it.
    static func withVersion1(_ url: String, _ body: (PostgresConnection) async throws -> Void) async throws {
        try await withSchema(url, at: 1, body)
    }

    /// Makes the partnerctl schema at an older version, as the partnerctl of that version left
    /// it, with the test account, and runs `body` on it.
    static func withSchema(
        _ url: String, at version: Int32, _ body: (PostgresConnection) async throws -> Void
    ) async throws {
        let settings = try PostgresLocation(url: url, environment: TestServer.environment)
        try await PostgresStore.withSession(settings, operation: "test") { connection in
            try await PostgresSchema.migrate(connection, upTo: version)
            try await connection.run(
                """
                INSERT INTO partnerctl.accounts (tenant_id, cloud, domain)
                VALUES (\(StoreConformance.account.tenantId), 'china', \(StoreConformance.account.domain))
                """)
            try await body(connection)
        }
    }

    private func appliedVersions(_ store: PostgresStore) async throws -> [Int32] {
        try await TestServer.outside(store) {
            try await $0.column("SELECT version FROM partnerctl.schema_migrations ORDER BY version", as: Int32.self)
        }
    }
}
