import Foundation
import GRDB
public import PartnerModel

/// The embedded store: accounts and their ledger in one SQLite file (`sqlite:PATH`).
///
/// The file is created with mode 0600 and migrated on first use. Each step and its journal
/// entry commit in one transaction, so a process killed at any moment leaves either both or
/// neither. Triggers bump an account's version on every change to its state, whoever makes it;
/// the version is the snapshot's fingerprint.
public final class SQLiteStore: AccountStore {
    public let location: String
    let database: DatabasePool

    /// Opens (creating if needed) the store at a file path.
    ///
    /// - Parameter path: The database file; its folder is created when missing.
    /// - Throws: ``StoreError/backend(operation:message:)`` when the file cannot be opened or migrated.
    public init(path: String) throws {
        location = "sqlite:\(path)"
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            if !FileManager.default.fileExists(atPath: path) {
                // SQLite gives its -wal and -shm files the main file's mode.
                FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            database = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(database)
        } catch {
            throw Self.storeError(error, operation: "open \(path)")
        }
    }

    /// Whether a store file exists at a path (so callers can say they are creating one).
    public static func exists(atPath path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    // MARK: - State

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        try await run("read account") { db in
            // The user count comes along to size the users dictionary up front: growing one of
            // 100,000 users rehashes it again and again.
            guard let row = try Row.fetchOne(db, sql: """
                    SELECT cloud, domain, version, (SELECT count(*) FROM users WHERE tenant_id = accounts.tenant_id)
                    FROM accounts WHERE tenant_id = ?
                    """, arguments: [tenantId]),
                let cloud = Cloud(rawValue: row[0])
            else { return nil }
            var state = AccountState(account: AccountIdentity(tenantId: tenantId, cloud: cloud, domain: row[1]))
            let version: Int64 = row[2]
            state.users.reserveCapacity(row[3])

            let fields = try Row.fetchCursor(db, sql: "SELECT path, value FROM profile_fields WHERE tenant_id = ?", arguments: [tenantId])
            while let field = try fields.next() { state.profile.values[field[0]] = field[1] }

            let users = try Row.fetchCursor(db, sql: """
                SELECT user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled
                FROM users WHERE tenant_id = ?
                """, arguments: [tenantId])
            while let row = try users.next() {
                state.users[row[0]] = UserState(
                    userPrincipalName: row[1], displayName: row[2], firstName: row[3], lastName: row[4],
                    usageLocation: row[5], enabled: row[6])
            }
            let roles = try Row.fetchCursor(db, sql: "SELECT user_key, role FROM user_roles WHERE tenant_id = ?", arguments: [tenantId])
            while let row = try roles.next() {
                let key: String = row[0]
                if let role = Role(rawValue: row[1]) { state.users[key]?.roles.insert(role) }
            }
            let offers = try Row.fetchCursor(db, sql: "SELECT offer_id, name, category, hidden FROM offers WHERE tenant_id = ? ORDER BY offer_id", arguments: [tenantId])
            while let row = try offers.next() {
                let offer = Offer(id: row[0], name: row[1], category: row[2])
                state.offers.append(offer)
                if row[3] as Bool { state.hiddenOffers.insert(offer.id) }
            }
            return AccountSnapshot(state: state, fingerprint: "sqlite-v\(version)")
        }
    }

    public func accounts() async throws -> [AccountIdentity] {
        try await run("list accounts") { db in
            try Row.fetchAll(db, sql: "SELECT tenant_id, cloud, domain FROM accounts ORDER BY tenant_id").compactMap { row in
                Cloud(rawValue: row[1]).map { AccountIdentity(tenantId: row[0], cloud: $0, domain: row[2]) }
            }
        }
    }

    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await write("enroll account") { db in
            try db.execute(sql: "INSERT INTO accounts (tenant_id, cloud, domain) VALUES (?, ?, ?)",
                           arguments: [account.tenantId, account.cloud.rawValue, account.domain])
            let insert = try db.makeStatement(sql: "INSERT INTO offers (tenant_id, offer_id, name, category) VALUES (?, ?, ?, ?)")
            for offer in offers {
                try insert.execute(arguments: [account.tenantId, offer.id, offer.name, offer.category])
            }
        }
    }

    /// Replaces an account's whole state in one transaction, enrolling it if needed: for seeding
    /// large stores in benchmarks and tests, never used by a plan.
    public func replaceState(_ state: AccountState) async throws {
        try await write("replace state") { db in
            let tenant = state.account.tenantId
            try db.execute(sql: "DELETE FROM accounts WHERE tenant_id = ?", arguments: [tenant])
            try db.execute(sql: "INSERT INTO accounts (tenant_id, cloud, domain) VALUES (?, ?, ?)",
                           arguments: [tenant, state.account.cloud.rawValue, state.account.domain])
            let field = try db.makeStatement(sql: "INSERT INTO profile_fields (tenant_id, path, value) VALUES (?, ?, ?)")
            for (path, value) in state.profile.values { try field.execute(arguments: [tenant, path, value]) }
            let user = try db.makeStatement(sql: """
                INSERT INTO users (tenant_id, user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let role = try db.makeStatement(sql: "INSERT INTO user_roles (tenant_id, user_key, role) VALUES (?, ?, ?)")
            for (key, value) in state.users {
                try user.execute(arguments: [tenant, key, value.userPrincipalName, value.displayName, value.firstName,
                                             value.lastName, value.usageLocation, value.enabled])
                for granted in value.roles { try role.execute(arguments: [tenant, key, granted.rawValue]) }
            }
            let offer = try db.makeStatement(sql: "INSERT INTO offers (tenant_id, offer_id, name, category, hidden) VALUES (?, ?, ?, ?, ?)")
            for value in state.offers {
                try offer.execute(arguments: [tenant, value.id, value.name, value.category, state.hiddenOffers.contains(value.id)])
            }
        }
    }

    public func execute(_ step: PlanStep, tenantId: String, applyId: String, index: Int) async throws {
        try await write(step.kind.rawValue) { db in
            try SQLiteStepWriter(db: db, tenantId: tenantId).apply(step)
            try db.execute(sql: """
                INSERT INTO journal (apply_id, step_index, step, status, recorded_at) VALUES (?, ?, ?, 'done', ?)
                """, arguments: [applyId, index, step.summary, Date().timeIntervalSince1970])
        }
    }

    // MARK: - Ledger

    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        try await write("acquire lock") { db in
            if let existing = try Self.lock(db, sql: "SELECT * FROM locks WHERE tenant_id = ?", tenantId) {
                throw StoreError.lockHeld(existing)
            }
            let lock = AccountLock(id: UUID().uuidString.lowercased(), tenantId: tenantId, holder: holder, acquiredAt: Date())
            try db.execute(sql: """
                INSERT INTO locks (tenant_id, lock_id, holder_user, holder_host, holder_pid, command, acquired_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [tenantId, lock.id, holder.user, holder.host, holder.pid, holder.command,
                                 lock.acquiredAt.timeIntervalSince1970])
            return lock
        }
    }

    public func releaseLock(_ lock: AccountLock) async throws {
        try await write("release lock") { db in
            try db.execute(sql: "DELETE FROM locks WHERE lock_id = ?", arguments: [lock.id])
        }
    }

    public func breakLock(id: String) async throws -> AccountLock {
        try await write("break lock") { db in
            guard let lock = try Self.lock(db, sql: "SELECT * FROM locks WHERE lock_id = ?", id) else {
                throw StoreError.noSuchLock(id)
            }
            try db.execute(sql: "DELETE FROM locks WHERE lock_id = ?", arguments: [id])
            return lock
        }
    }

    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await write("record apply") { db in
            try db.execute(sql: """
                INSERT INTO applies (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?)
                """, arguments: [id, tenantId, holder.user, holder.host, holder.pid, holder.command,
                                 Date().timeIntervalSince1970, stepCount])
        }
        return id
    }

    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        try await write("journal failure") { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO journal (apply_id, step_index, step, status, error, recorded_at) VALUES (?, ?, ?, 'failed', ?, ?)
                """, arguments: [applyId, index, step.summary, error, Date().timeIntervalSince1970])
        }
    }

    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        try await write("finish apply") { db in
            try db.execute(sql: "UPDATE applies SET status = ?, finished_at = ? WHERE apply_id = ?",
                           arguments: [status.rawValue, Date().timeIntervalSince1970, id])
        }
    }

    public func interruptRunningApplies(tenantId: String) async throws {
        try await write("interrupt running applies") { db in
            try db.execute(sql: """
                UPDATE applies SET status = 'interrupted', finished_at = ? WHERE tenant_id = ? AND status = 'running'
                """, arguments: [Date().timeIntervalSince1970, tenantId])
        }
    }

    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        try await run("read history") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM applies WHERE tenant_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?
                """, arguments: [tenantId, limit])
            return try rows.map { row in
                let id: String = row["apply_id"]
                let journal = try Row.fetchAll(db, sql: """
                    SELECT step_index, step, status, error FROM journal WHERE apply_id = ? ORDER BY step_index
                    """, arguments: [id]).map { entry in
                    JournalEntry(index: entry[0], step: entry[1], status: JournalEntry.Status(rawValue: entry[2]) ?? .failed,
                                 error: entry[3])
                }
                return ApplyRecord(
                    id: id, tenantId: tenantId,
                    holder: LockHolder(user: row["holder_user"], host: row["holder_host"], pid: row["holder_pid"], command: row["command"]),
                    startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    finishedAt: (row["finished_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    status: ApplyRecord.Status(rawValue: row["status"]) ?? .running,
                    stepCount: row["step_count"], journal: journal)
            }
        }
    }

    // MARK: - Helpers

    private static func lock(_ db: Database, sql: String, _ argument: String) throws -> AccountLock? {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [argument]) else { return nil }
        return AccountLock(
            id: row["lock_id"], tenantId: row["tenant_id"],
            holder: LockHolder(user: row["holder_user"], host: row["holder_host"], pid: row["holder_pid"], command: row["command"]),
            acquiredAt: Date(timeIntervalSince1970: row["acquired_at"]))
    }

    private func run<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.read(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    private func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.write(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Store errors pass through; database errors name the operation and SQLite's message, never
    /// the bound values.
    static func storeError(_ error: any Error, operation: String) -> any Error {
        if error is StoreError { return error }
        if let error = error as? DatabaseError {
            return StoreError.backend(operation: "sqlite \(operation)", message: error.message ?? "\(error.resultCode)")
        }
        return StoreError.backend(operation: "sqlite \(operation)", message: "\(error)")
    }
}
