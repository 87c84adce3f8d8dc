import PartnerModel
import PostgresNIO

/// The PostgreSQL store's schema, as versioned migrations (documented in
/// `schemas/postgres-store.md`).
///
/// Every table lives in the `partnerctl` schema, so the store can share a database with other
/// applications. Migrations run in one transaction that first takes a transaction-level advisory
/// lock, so processes that start at once apply each migration exactly once, and a failed
/// migration leaves nothing behind.
enum PostgresSchema {
    /// One step of the schema's history.
    struct Migration: Sendable {
        /// The version the schema has after it; versions count up from 1.
        let version: Int32
        /// What it does, for people reading `schema_migrations`.
        let name: String
        /// Carries it out, inside the migrating transaction.
        let apply: @Sendable (PostgresConnection) async throws -> Void

        /// A migration that runs statements in order (one command each: the extended protocol
        /// takes no lists).
        init(version: Int32, name: String, statements: [PostgresQuery]) {
            self.init(version: version, name: name) { connection in
                for statement in statements { try await connection.run(statement) }
            }
        }

        /// A migration that runs Swift code (to rewrite rows as SQL alone cannot).
        init(version: Int32, name: String, apply: @escaping @Sendable (PostgresConnection) async throws -> Void) {
            self.version = version
            self.name = name
            self.apply = apply
        }
    }

    /// The schema's history, oldest first. Never edit a published migration: add one.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "accounts, users, roles, offers, ledger", statements: version1),
        Migration(
            version: 2, name: "store identity, redacted command lines, no version triggers", apply: version2),
        Migration(
            version: 3, name: "configuration hash and partnerctl version of each apply",
            statements: [
                // Applies recorded before keep NULL: their origin was never recorded.
                "ALTER TABLE partnerctl.applies ADD COLUMN config_hash text",
                "ALTER TABLE partnerctl.applies ADD COLUMN partnerctl_version text",
            ]),
        Migration(
            version: 4, name: "step intents: request ids journaled before a live step's first request",
            statements: version4),
    ]

    /// The version this partnerctl brings every store to.
    static var currentVersion: Int32 { migrations.last?.version ?? 0 }

    /// Brings a database's schema up to date.
    ///
    /// - Parameters:
    ///   - connection: A connection of the caller's, not in a transaction.
    ///   - last: The version to stop at (tests make older schemas with it).
    /// - Throws: When a migration fails (nothing is changed then), or the schema is newer than
    ///   this build knows.
    static func migrate(_ connection: PostgresConnection, upTo last: Int32 = .max) async throws {
        try await connection.transaction { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(AdvisoryLockKey.migrations))")
            let encoding = try await connection.value("SHOW server_encoding", as: String.self)
            guard encoding == "UTF8" else { throw NotUTF8(encoding: encoding ?? "unknown") }
            // CREATE checks the CREATE privilege even with IF NOT EXISTS: look first, so a role
            // that may only use a schema an administrator created and migrated can open the store.
            let schema = try await connection.value(
                "SELECT 1 FROM pg_namespace WHERE nspname = 'partnerctl'", as: Int32.self)
            if schema == nil {
                try await connection.run("CREATE SCHEMA partnerctl")
            }
            if try await !hasMigrationsTable(connection) {
                try await connection.run(
                    """
                    CREATE TABLE partnerctl.schema_migrations (
                        version integer PRIMARY KEY,
                        name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """)
            }
            let applied = try await appliedVersions(connection)
            for migration in migrations where !applied.contains(migration.version) && migration.version <= last {
                try await migration.apply(connection)
                try await connection.run(
                    """
                    INSERT INTO partnerctl.schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))
                    """)
            }
        }
    }

    /// Whether the database holds a store at the version this partnerctl writes, found without
    /// changing anything (the caller's transaction may be read-only).
    ///
    /// - Returns: false when it holds no store: no `partnerctl.schema_migrations` table (no
    ///   `partnerctl` schema, or an empty one an administrator made), or no migration recorded.
    /// - Throws: ``OlderSchema`` when a migration is missing; ``NewerSchema`` when the schema is
    ///   newer than this build knows.
    static func hasCurrentStore(_ connection: PostgresConnection) async throws -> Bool {
        guard try await hasMigrationsTable(connection) else { return false }
        let applied = try await appliedVersions(connection)
        if applied.isEmpty { return false }
        guard Set(migrations.map(\.version)).isSubset(of: applied) else {
            throw OlderSchema(version: applied.max() ?? 0, current: currentVersion)
        }
        return true
    }

    /// The store's identity, made by migration 2.
    ///
    /// - Throws: ``PartnerModel/StoreError/damaged(_:)`` when `partnerctl.store` does not hold
    ///   exactly one row.
    static func identity(_ connection: PostgresConnection) async throws -> String {
        var identities: [String] = []
        for try await identity in try await connection.rows("SELECT identity FROM partnerctl.store").decode(
            String.self)
        {
            identities.append(identity)
        }
        guard identities.count == 1, let identity = identities.first else {
            throw StoreError.damaged("partnerctl.store holds \(identities.count) store identities, not 1")
        }
        return identity
    }

    private static func hasMigrationsTable(_ connection: PostgresConnection) async throws -> Bool {
        try await connection.value(
            "SELECT to_regclass('partnerctl.schema_migrations') IS NOT NULL", as: Bool.self) == true
    }

    /// The versions recorded in `schema_migrations`.
    ///
    /// - Throws: ``NewerSchema`` when one is newer than this build knows.
    private static func appliedVersions(_ connection: PostgresConnection) async throws -> Set<Int32> {
        var applied: Set<Int32> = []
        for try await version in try await connection.rows(
            "SELECT version FROM partnerctl.schema_migrations"
        ).decode(Int32.self) {
            applied.insert(version)
        }
        if let newest = applied.max(), newest > currentVersion {
            throw NewerSchema(version: newest, known: currentVersion)
        }
        return applied
    }

    /// The database was migrated by a newer partnerctl.
    struct NewerSchema: Error, CustomStringConvertible {
        let version: Int32
        let known: Int32
        var description: String {
            "the database's schema is at version \(version), newer than this partnerctl knows (\(known)); upgrade partnerctl"
        }
    }

    /// A read-only command met a store an older partnerctl made, which it may not migrate.
    struct OlderSchema: Error, CustomStringConvertible {
        let version: Int32
        let current: Int32
        var description: String {
            "the database's schema is at version \(version), older than this partnerctl's (\(current)); "
                + "run 'partnerctl apply' once to upgrade it (read-only commands never change a store)"
        }
    }

    /// The database cannot hold the Chinese names the accounts are full of.
    struct NotUTF8: Error, CustomStringConvertible {
        let encoding: String
        var description: String { "the database's encoding is \(encoding); partnerctl needs a UTF8 database" }
    }

    // MARK: - Version 1

    /// Tables of account state (each row keyed by `tenant_id`), the ledger, and the triggers that
    /// move an account's version whenever its state changes.
    /// One row per live step started: the `MS-RequestId` its writes carry, recorded before the
    /// first request. An intent whose step has no `done` journal entry is unfinished; the next
    /// attempt of the same step (same key) picks its id up and marks it superseded.
    private static let version4: [PostgresQuery] = [
        """
        CREATE TABLE partnerctl.step_intents (
            apply_id text NOT NULL REFERENCES partnerctl.applies (apply_id) ON DELETE CASCADE,
            step_index integer NOT NULL,
            tenant_id text COLLATE "C" NOT NULL,
            step_key text NOT NULL,
            step text NOT NULL,
            request_id text NOT NULL,
            superseded boolean NOT NULL DEFAULT false,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (apply_id, step_index)
        )
        """,
        "CREATE INDEX step_intents_by_key ON partnerctl.step_intents (tenant_id, step_key, recorded_at DESC)",
    ]

    private static let version1: [PostgresQuery] =
        [
            """
            CREATE TABLE partnerctl.accounts (
                tenant_id text COLLATE "C" PRIMARY KEY,
                cloud text NOT NULL,
                domain text NOT NULL,
                version bigint NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE partnerctl.profile_fields (
                tenant_id text COLLATE "C" NOT NULL REFERENCES partnerctl.accounts (tenant_id) ON DELETE CASCADE,
                path text NOT NULL,
                value text NOT NULL,
                PRIMARY KEY (tenant_id, path)
            )
            """,
            """
            CREATE TABLE partnerctl.users (
                tenant_id text COLLATE "C" NOT NULL REFERENCES partnerctl.accounts (tenant_id) ON DELETE CASCADE,
                user_key text NOT NULL,
                user_principal_name text NOT NULL,
                display_name text,
                first_name text,
                last_name text,
                usage_location text,
                enabled boolean NOT NULL,
                PRIMARY KEY (tenant_id, user_key)
            )
            """,
            """
            CREATE TABLE partnerctl.user_roles (
                tenant_id text COLLATE "C" NOT NULL,
                user_key text NOT NULL,
                role text NOT NULL,
                PRIMARY KEY (tenant_id, user_key, role),
                FOREIGN KEY (tenant_id, user_key) REFERENCES partnerctl.users (tenant_id, user_key) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE partnerctl.offers (
                tenant_id text COLLATE "C" NOT NULL REFERENCES partnerctl.accounts (tenant_id) ON DELETE CASCADE,
                offer_id text COLLATE "C" NOT NULL,
                name text NOT NULL,
                category text NOT NULL,
                hidden boolean NOT NULL DEFAULT false,
                PRIMARY KEY (tenant_id, offer_id)
            )
            """,
            """
            CREATE TABLE partnerctl.locks (
                tenant_id text COLLATE "C" PRIMARY KEY,
                lock_id text NOT NULL UNIQUE,
                lock_key bigint NOT NULL,
                holder_user text NOT NULL,
                holder_host text NOT NULL,
                holder_pid integer NOT NULL,
                command text NOT NULL,
                acquired_at timestamptz NOT NULL,
                backend_pid integer NOT NULL
            )
            """,
            """
            CREATE TABLE partnerctl.applies (
                apply_id text PRIMARY KEY,
                apply_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                tenant_id text COLLATE "C" NOT NULL,
                holder_user text NOT NULL,
                holder_host text NOT NULL,
                holder_pid integer NOT NULL,
                command text NOT NULL,
                started_at timestamptz NOT NULL,
                finished_at timestamptz,
                status text NOT NULL,
                step_count integer NOT NULL
            )
            """,
            "CREATE INDEX applies_by_tenant ON partnerctl.applies (tenant_id, started_at DESC, apply_seq DESC)",
            """
            CREATE TABLE partnerctl.journal (
                apply_id text NOT NULL REFERENCES partnerctl.applies (apply_id) ON DELETE CASCADE,
                step_index integer NOT NULL,
                step text NOT NULL,
                status text NOT NULL,
                error text,
                recorded_at timestamptz NOT NULL,
                PRIMARY KEY (apply_id, step_index)
            )
            """,
            // Any change to an account's state, by partnerctl or anyone else, moves its version: the
            // fingerprint a saved plan is checked against. Statement-level triggers with transition
            // tables bump each touched account once per statement, so enrolling 20,000 offers is one
            // bump, not 20,000. One function serves every trigger; each reads only the transition
            // tables its operation has (PL/pgSQL plans a statement when it first runs it).
            """
            CREATE FUNCTION partnerctl.bump_version_of_touched_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    UPDATE partnerctl.accounts SET version = version + 1;
                ELSIF TG_OP = 'INSERT' THEN
                    UPDATE partnerctl.accounts SET version = version + 1
                    WHERE tenant_id IN (SELECT tenant_id FROM new_rows);
                ELSIF TG_OP = 'DELETE' THEN
                    UPDATE partnerctl.accounts SET version = version + 1
                    WHERE tenant_id IN (SELECT tenant_id FROM old_rows);
                ELSE
                    UPDATE partnerctl.accounts SET version = version + 1
                    WHERE tenant_id IN (SELECT tenant_id FROM new_rows UNION SELECT tenant_id FROM old_rows);
                END IF;
                RETURN NULL;
            END
            $$
            """,
            // An account's own identity changing (someone edits its cloud or domain) is a change too.
            """
            CREATE FUNCTION partnerctl.bump_version_on_identity_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.version := OLD.version + 1;
                RETURN NEW;
            END
            $$
            """,
            """
            CREATE TRIGGER identity_change_bumps_version BEFORE UPDATE OF cloud, domain ON partnerctl.accounts
            FOR EACH ROW WHEN (OLD.cloud IS DISTINCT FROM NEW.cloud OR OLD.domain IS DISTINCT FROM NEW.domain)
            EXECUTE FUNCTION partnerctl.bump_version_on_identity_change()
            """,
        ] + ["profile_fields", "users", "user_roles", "offers"].flatMap(versionTriggers(on:))

    /// The four triggers that bump the version of the accounts a statement on `table` touches.
    private static func versionTriggers(on table: String) -> [PostgresQuery] {
        // The table names are this file's constants, never input.
        [
            ("insert", "INSERT", "REFERENCING NEW TABLE AS new_rows"),
            ("update", "UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("delete", "DELETE", "REFERENCING OLD TABLE AS old_rows"),
            ("truncate", "TRUNCATE", ""),
        ].map { name, operation, transitionTables in
            PostgresQuery(
                unsafeSQL: """
                    CREATE TRIGGER \(table)_\(name)_bumps_version AFTER \(operation) ON partnerctl.\(table)
                    \(transitionTables)
                    FOR EACH STATEMENT EXECUTE FUNCTION partnerctl.bump_version_of_touched_accounts()
                    """)
        }
    }

    // MARK: - Version 2

    /// The store's random identity (which saved plans' fingerprints are bound to), command lines
    /// recorded before passwords were redacted rewritten without them, and no version counter: the
    /// fingerprint is a hash of the state, so the triggers that moved the counter have no reader.
    @Sendable private static func version2(_ connection: PostgresConnection) async throws {
        try await connection.run(
            """
            CREATE TABLE partnerctl.store (
                identity text PRIMARY KEY,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        try await connection.run("INSERT INTO partnerctl.store (identity) VALUES (gen_random_uuid()::text)")
        try await redactCommands(connection, table: "applies", key: "apply_id")
        try await redactCommands(connection, table: "locks", key: "lock_id")
        for table in ["profile_fields", "users", "user_roles", "offers"] {
            for name in ["insert", "update", "delete", "truncate"] {
                try await connection.run(
                    PostgresQuery(
                        unsafeSQL: "DROP TRIGGER IF EXISTS \(table)_\(name)_bumps_version ON partnerctl.\(table)"))
            }
        }
        try await connection.run("DROP TRIGGER IF EXISTS identity_change_bumps_version ON partnerctl.accounts")
        try await connection.run("DROP FUNCTION IF EXISTS partnerctl.bump_version_of_touched_accounts()")
        try await connection.run("DROP FUNCTION IF EXISTS partnerctl.bump_version_on_identity_change()")
        // Dropped rather than left frozen: a partnerctl of version 1 still running would otherwise
        // read a counter that never moves, and take a stale plan for a current one.
        try await connection.run("ALTER TABLE partnerctl.accounts DROP COLUMN IF EXISTS version")
    }

    /// Rewrites the command lines of a ledger table through ``StoreURL/redactedCommandLine(_:)``:
    /// earlier versions recorded `--store postgres://user:PASSWORD@…` as given.
    ///
    /// - Parameters:
    ///   - table: `applies` or `locks` (this file's constants, never input).
    ///   - key: The table's key column.
    private static func redactCommands(_ connection: PostgresConnection, table: String, key: String) async throws {
        var ids: [String] = []
        var commands: [String] = []
        for try await (id, command) in try await connection.rows(
            "SELECT \(unescaped: key), command FROM partnerctl.\(unescaped: table) WHERE strpos(command, '://') > 0"
        ).decode((String, String).self) {
            let redacted = StoreURL.redactedCommandLine(command)
            if redacted != command {
                ids.append(id)
                commands.append(redacted)
            }
        }
        guard !ids.isEmpty else { return }
        try await connection.run(
            """
            UPDATE partnerctl.\(unescaped: table) t SET command = c.command
            FROM unnest(\(ids)::text[], \(commands)::text[]) AS c (id, command) WHERE t.\(unescaped: key) = c.id
            """)
    }
}
