import Foundation
import GRDB
import PartnerModel

/// The SQLite store's schema, as versioned migrations (documented in `schemas/sqlite-store.md`).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts, users, roles, offers, ledger") { db in
            try db.execute(
                sql: """
                    CREATE TABLE accounts (
                        tenant_id TEXT PRIMARY KEY,
                        cloud TEXT NOT NULL,
                        domain TEXT NOT NULL,
                        version INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE profile_fields (
                        tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
                        path TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (tenant_id, path)
                    ) WITHOUT ROWID;
                    CREATE TABLE users (
                        tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
                        user_key TEXT NOT NULL,
                        user_principal_name TEXT NOT NULL,
                        display_name TEXT,
                        first_name TEXT,
                        last_name TEXT,
                        usage_location TEXT,
                        enabled INTEGER NOT NULL,
                        PRIMARY KEY (tenant_id, user_key)
                    ) WITHOUT ROWID;
                    CREATE TABLE user_roles (
                        tenant_id TEXT NOT NULL,
                        user_key TEXT NOT NULL,
                        role TEXT NOT NULL,
                        PRIMARY KEY (tenant_id, user_key, role),
                        FOREIGN KEY (tenant_id, user_key) REFERENCES users(tenant_id, user_key) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    CREATE TABLE offers (
                        tenant_id TEXT NOT NULL REFERENCES accounts(tenant_id) ON DELETE CASCADE,
                        offer_id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        category TEXT NOT NULL,
                        hidden INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (tenant_id, offer_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE locks (
                        tenant_id TEXT PRIMARY KEY,
                        lock_id TEXT NOT NULL UNIQUE,
                        holder_user TEXT NOT NULL,
                        holder_host TEXT NOT NULL,
                        holder_pid INTEGER NOT NULL,
                        command TEXT NOT NULL,
                        acquired_at REAL NOT NULL
                    );
                    CREATE TABLE applies (
                        apply_id TEXT PRIMARY KEY,
                        tenant_id TEXT NOT NULL,
                        holder_user TEXT NOT NULL,
                        holder_host TEXT NOT NULL,
                        holder_pid INTEGER NOT NULL,
                        command TEXT NOT NULL,
                        started_at REAL NOT NULL,
                        finished_at REAL,
                        status TEXT NOT NULL,
                        step_count INTEGER NOT NULL
                    );
                    CREATE INDEX applies_by_tenant ON applies(tenant_id, started_at);
                    CREATE TABLE journal (
                        apply_id TEXT NOT NULL REFERENCES applies(apply_id),
                        step_index INTEGER NOT NULL,
                        step TEXT NOT NULL,
                        status TEXT NOT NULL,
                        error TEXT,
                        recorded_at REAL NOT NULL,
                        PRIMARY KEY (apply_id, step_index)
                    ) WITHOUT ROWID;
                    """)
            // Any change to an account's state, by partnerctl or anyone else, moves its version:
            // the fingerprint a saved plan is checked against.
            for table in ["profile_fields", "users", "user_roles", "offers"] {
                for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
                    try db.execute(
                        sql: """
                            CREATE TRIGGER \(table)_\(event.lowercased())_bumps_version AFTER \(event) ON \(table)
                            BEGIN
                                UPDATE accounts SET version = version + 1 WHERE tenant_id = \(row).tenant_id;
                            END
                            """)
                }
            }
        }
        migrator.registerMigration("v2: store identity, redacted command lines, no version triggers") { db in
            try db.execute(sql: "CREATE TABLE store (identity TEXT NOT NULL, created_at REAL NOT NULL)")
            try db.execute(
                sql: "INSERT INTO store (identity, created_at) VALUES (?, ?)",
                arguments: [UUID().uuidString.lowercased(), Date().timeIntervalSince1970])
            // Earlier versions recorded command lines with database passwords in them.
            for table in ["applies", "locks"] {
                let rows = try Row.fetchAll(db, sql: "SELECT rowid, command FROM \(table)")
                for row in rows {
                    let command: String = row[1]
                    let redacted = StoreURL.redactedCommandLine(command)
                    if redacted != command {
                        try db.execute(
                            sql: "UPDATE \(table) SET command = ? WHERE rowid = ?", arguments: [redacted, row[0]])
                    }
                }
            }
            // The fingerprint is a hash of the state now: the version counters have no reader.
            for table in ["profile_fields", "users", "user_roles", "offers"] {
                for event in ["insert", "update", "delete"] {
                    try db.execute(sql: "DROP TRIGGER \(table)_\(event)_bumps_version")
                }
            }
        }
        migrator.registerMigration("v3: configuration hash and partnerctl version of each apply") { db in
            // Applies recorded before keep NULL: their origin was never recorded.
            try db.execute(sql: "ALTER TABLE applies ADD COLUMN config_hash TEXT")
            try db.execute(sql: "ALTER TABLE applies ADD COLUMN partnerctl_version TEXT")
        }
        migrator.registerMigration("v4: step intents (request ids journaled before a live step's first request)") {
            db in
            // One row per live step started: the MS-RequestId its writes carry, recorded before the
            // first request. An intent whose step has no 'done' journal entry is unfinished; the
            // next attempt of the same step (same key) picks its id up and marks it superseded.
            try db.execute(
                sql: """
                    CREATE TABLE step_intents (
                        apply_id TEXT NOT NULL REFERENCES applies(apply_id),
                        step_index INTEGER NOT NULL,
                        tenant_id TEXT NOT NULL,
                        step_key TEXT NOT NULL,
                        step TEXT NOT NULL,
                        request_id TEXT NOT NULL,
                        superseded INTEGER NOT NULL DEFAULT 0,
                        recorded_at REAL NOT NULL,
                        PRIMARY KEY (apply_id, step_index)
                    ) WITHOUT ROWID;
                    CREATE INDEX step_intents_by_key ON step_intents(tenant_id, step_key, recorded_at);
                    """)
        }
        return migrator
    }

    /// The identities of the migrations this partnerctl knows, oldest first.
    static var migrationNames: [String] { migrator.migrations }
}
