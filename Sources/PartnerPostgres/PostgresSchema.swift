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
        /// Its statements, run in order (one command each: the extended protocol takes no lists).
        let statements: [PostgresQuery]
    }

    /// The schema's history, oldest first. Never edit a published migration: add one.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "accounts, users, roles, offers, ledger", statements: version1)
    ]

    /// Brings a database's schema up to date.
    ///
    /// - Parameter connection: A connection of the caller's, not in a transaction.
    /// - Throws: When a migration fails (nothing is changed then), or the schema is newer than
    ///   this build knows.
    static func migrate(_ connection: PostgresConnection) async throws {
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
            let ledger = try await connection.value(
                "SELECT to_regclass('partnerctl.schema_migrations') IS NOT NULL", as: Bool.self)
            if ledger != true {
                try await connection.run(
                    """
                    CREATE TABLE partnerctl.schema_migrations (
                        version integer PRIMARY KEY,
                        name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """)
            }
            var applied: Set<Int32> = []
            for try await version in try await connection.rows(
                "SELECT version FROM partnerctl.schema_migrations"
            ).decode(Int32.self) {
                applied.insert(version)
            }
            if let newest = applied.max(), let known = migrations.last?.version, newest > known {
                throw NewerSchema(version: newest, known: known)
            }
            for migration in migrations where !applied.contains(migration.version) {
                for statement in migration.statements { try await connection.run(statement) }
                try await connection.run(
                    """
                    INSERT INTO partnerctl.schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))
                    """)
            }
        }
    }

    /// The database was migrated by a newer partnerctl.
    struct NewerSchema: Error, CustomStringConvertible {
        let version: Int32
        let known: Int32
        var description: String {
            "the database's schema is at version \(version), newer than this partnerctl knows (\(known)); upgrade partnerctl"
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
}
