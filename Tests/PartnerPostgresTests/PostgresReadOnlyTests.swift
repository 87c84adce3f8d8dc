import Foundation
import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// Read-only commands (`plan`, `drift`, `export`, `history`, `check`) open the store read-only:
/// they never create the schema, migrate it, enroll an account or write anything else.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresReadOnlyTests {
    let tenantId = StoreConformance.account.tenantId

    @Test func anEmptyDatabaseHoldsNoStoreAndGetsNoSchema() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let store = try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment)
            #expect(store == nil)
            #expect(try await schemaObjects(url) == [])
        }
    }

    /// An administrator may make the schema for partnerctl before anyone runs it.
    @Test func anEmptyPartnerctlSchemaHoldsNoStoreAndGetsNoTables() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await admin(url) { try await $0.run("CREATE SCHEMA partnerctl") }
            let store = try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment)
            #expect(store == nil)
            #expect(try await schemaObjects(url) == ["schema partnerctl"])
        }
    }

    @Test func anOlderSchemaIsRefusedAndLeftAsItWas() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await PostgresMigrationTests.withVersion1(url) { connection in
                try await connection.run(
                    """
                    INSERT INTO partnerctl.applies
                        (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                    VALUES ('old', \(tenantId), 'ci', 'runner-1', 1, 'partnerctl apply --store postgres://ci:pw@db/x',
                            now(), 'running', 1)
                    """)
            }
            let before = try await schemaObjects(url)
            let commands = try await admin(url) {
                try await $0.column("SELECT command || status FROM partnerctl.applies", as: String.self)
            }
            await #expect(
                throws: StoreError.backend(
                    operation: "postgres open \(url)",
                    message: "the database's schema is at version 1, older than this partnerctl's "
                        + "(\(PostgresSchema.currentVersion)); run 'partnerctl apply' once to upgrade it "
                        + "(read-only commands never change a store)")
            ) {
                try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment)
            }
            #expect(try await schemaObjects(url) == before)
            #expect(
                try await admin(url) {
                    try await $0.column("SELECT command || status FROM partnerctl.applies", as: String.self)
                } == commands)
            #expect(
                try await admin(url) {
                    try await $0.column("SELECT version FROM partnerctl.schema_migrations", as: Int32.self)
                } == [1])
        }
    }

    @Test func aNewerSchemaIsRefused() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { store in
                _ = try await TestServer.outside(store) {
                    try await $0.run("INSERT INTO partnerctl.schema_migrations (version, name) VALUES (99, 'future')")
                }
            }
            await #expect(
                throws: StoreError.backend(
                    operation: "postgres open \(url)",
                    message: "the database's schema is at version 99, newer than this partnerctl knows "
                        + "(\(PostgresSchema.currentVersion)); upgrade partnerctl")
            ) {
                try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment)
            }
        }
    }

    /// A plan made read-only carries the fingerprint the apply (read-write) checks.
    @Test func aReadOnlyStoreReadsWhatTheStoreHoldsWithTheSameFingerprint() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { writer in
                try await writer.enroll(StoreConformance.account, offers: StoreConformance.offers)
                let applyId = try await writer.beginApply(tenantId: tenantId, holder: .ci, stepCount: 1)
                try await writer.execute(
                    StoreConformance.everyKindOfStep[1],
                    context: StepContext(tenantId: tenantId, applyId: applyId, index: 1))
                try await writer.finishApply(id: applyId, status: .succeeded)

                let reader = try #require(
                    try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment))
                #expect(reader.identity == writer.identity)
                #expect(
                    try await reader.snapshot(tenantId: tenantId) == (try await writer.snapshot(tenantId: tenantId)))
                #expect(try await reader.accounts() == [StoreConformance.account])
                #expect(try await reader.history(tenantId: tenantId, limit: 10).map(\.id) == [applyId])
                #expect(try await reader.integrityProblems() == [])
                await reader.close()
            }
        }
    }

    /// Every session of a read-only store is read-only, so the server refuses a write whatever
    /// the code asks.
    @Test func aReadOnlyStoreWritesNothing() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { _ in }
            let before = try await tableContents(url)
            let reader = try #require(
                try await PostgresStore.openReadOnly(url: url, environment: TestServer.environment))
            let writes: [(String, @Sendable () async throws -> Void)] = [
                ("enroll", { try await reader.enroll(StoreConformance.account, offers: StoreConformance.offers) }),
                ("lock", { _ = try await reader.acquireLock(tenantId: tenantId, holder: .ci) }),
                ("apply", { _ = try await reader.beginApply(tenantId: tenantId, holder: .ci, stepCount: 1) }),
            ]
            for (name, write) in writes {
                let error = await #expect(throws: StoreError.self, "\(name)") { try await write() }
                #expect("\(error.map { "\($0)" } ?? "")".contains("read-only transaction"), "\(name)")
            }
            await reader.close()
            #expect(try await tableContents(url) == before)
        }
    }

    // MARK: - Helpers

    /// Runs SQL on a database over a connection of its own.
    @discardableResult
    private func admin<T: Sendable>(_ url: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await PostgresStore.withSession(
            try PostgresLocation(url: url, environment: TestServer.environment), operation: "test", body)
    }

    /// The `partnerctl` schema and everything in it, by kind and name.
    private func schemaObjects(_ url: String) async throws -> [String] {
        try await admin(url) {
            try await $0.column(
                """
                SELECT 'schema ' || schema_name FROM information_schema.schemata WHERE schema_name = 'partnerctl'
                UNION ALL SELECT 'table ' || table_name || ' ' || column_name FROM information_schema.columns
                WHERE table_schema = 'partnerctl'
                ORDER BY 1
                """, as: String.self)
        }
    }

    /// Every row of partnerctl's tables, as text.
    private func tableContents(_ url: String) async throws -> [String] {
        try await admin(url) { connection in
            var rows: [String] = []
            for table in ["schema_migrations", "store", "accounts", "offers", "locks", "applies", "journal"] {
                rows += try await connection.column(
                    PostgresQuery(unsafeSQL: "SELECT '\(table) ' || t::text FROM partnerctl.\(table) t ORDER BY 1"),
                    as: String.self)
            }
            return rows
        }
    }
}
