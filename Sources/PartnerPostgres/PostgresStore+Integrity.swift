import PartnerModel
import PostgresNIO

extension PostgresStore {
    // MARK: - Integrity

    /// Checks that the store is intact, in one read-only transaction: partnerctl's tables are
    /// all there, the schema is at a version this partnerctl knows with every migration applied,
    /// the store's identity is recorded exactly once, every role, cloud and status is one
    /// partnerctl knows, and every journal entry belongs to a recorded apply.
    ///
    /// - Returns: The problems found, one line each; empty when the store is sound.
    public func integrityProblems() async throws -> [String] {
        try await transaction("check integrity", readOnly: true) { connection in
            var missing: [String] = []
            for table in Self.tables {
                let exists = try await connection.value(
                    "SELECT to_regclass(\("partnerctl." + table)) IS NOT NULL", as: Bool.self)
                if exists != true { missing.append("the table partnerctl.\(table) is missing") }
            }
            // The other checks read these tables.
            guard missing.isEmpty else { return missing }

            var problems: [String] = []
            let applied = Set(
                try await Self.strings(connection, "SELECT version::text FROM partnerctl.schema_migrations"))
            let known = PostgresSchema.migrations.map { String($0.version) }
            for version in applied.subtracting(known).sorted() {
                problems.append("schema version \(version) is not one this partnerctl knows")
            }
            for migration in PostgresSchema.migrations where !applied.contains(String(migration.version)) {
                problems.append("schema migration \(migration.version) ('\(migration.name)') has not been applied")
            }
            let identities = try await connection.value("SELECT count(*) FROM partnerctl.store", as: Int64.self) ?? 0
            if identities != 1 { problems.append("partnerctl.store holds \(identities) store identities, not 1") }
            for role in try await Self.strings(connection, "SELECT DISTINCT role FROM partnerctl.user_roles ORDER BY 1")
            where Role(rawValue: role) == nil {
                problems.append("unknown role '\(role)' in partnerctl.user_roles")
            }
            for cloud in try await Self.strings(connection, "SELECT DISTINCT cloud FROM partnerctl.accounts ORDER BY 1")
            where Cloud(rawValue: cloud) == nil {
                problems.append("unknown cloud '\(cloud)' in partnerctl.accounts")
            }
            for status in try await Self.strings(
                connection, "SELECT DISTINCT status FROM partnerctl.applies ORDER BY 1")
            where ApplyRecord.Status(rawValue: status) == nil {
                problems.append("unknown apply status '\(status)' in partnerctl.applies")
            }
            for status in try await Self.strings(
                connection, "SELECT DISTINCT status FROM partnerctl.journal ORDER BY 1")
            where JournalEntry.Status(rawValue: status) == nil {
                problems.append("unknown journal status '\(status)' in partnerctl.journal")
            }
            let orphans =
                try await connection.value(
                    """
                    SELECT count(*) FROM partnerctl.journal j
                    WHERE NOT EXISTS (SELECT 1 FROM partnerctl.applies a WHERE a.apply_id = j.apply_id)
                    """, as: Int64.self) ?? 0
            if orphans > 0 { problems.append("\(orphans) journal entries belong to no recorded apply") }
            return problems
        }
    }

    /// The tables of the current schema.
    private static let tables = [
        "schema_migrations", "store", "accounts", "profile_fields", "users", "user_roles", "offers", "locks", "applies",
        "journal", "step_intents",
    ]

    /// The first column of every row a query returns, as text.
    private static func strings(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [String] {
        var values: [String] = []
        for try await value in try await connection.rows(query).decode(String.self) { values.append(value) }
        return values
    }
}
