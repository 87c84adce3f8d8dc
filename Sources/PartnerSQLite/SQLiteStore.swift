import Foundation
import GRDB
import Logging
public import PartnerModel

/// The embedded store: accounts and their ledger in one SQLite file (`sqlite:PATH`).
///
/// The file is created with mode 0600 and migrated on first use. Each step and its journal
/// entry commit in one transaction (with the steps just before and after it, when the applier
/// batches them), so a process killed at any moment leaves either both or neither. Triggers bump
/// an account's version on every change to its state, whoever makes it; the version is the
/// snapshot's fingerprint.
public final class SQLiteStore: AccountStore, StepLedger {
    /// How a store file is opened.
    public enum OpenMode: Sendable {
        /// The file must be a partnerctl store already; nothing is written to it (no migration):
        /// for `plan`, `drift`, `export`, `history` and `check`.
        case readOnly
        /// The file must be a partnerctl store already; its schema is brought up to date.
        case readWrite
        /// The file must not exist: it is made, private (0600) from its first byte, as a complete
        /// store with a new identity, and appears at `path` only once whole.
        case create
    }

    public let location: String
    public let identity: String
    let database: DatabasePool

    /// Opens the store at a file path.
    ///
    /// - Parameters:
    ///   - path: The database file. With `.create`, its folder is created when missing (0700).
    ///   - mode: Whether the store may be written to, or must be made.
    /// - Throws: ``StoreError/damaged(_:)`` when the file is not a partnerctl store or was made by
    ///   a newer partnerctl; ``StoreError/backend(operation:message:)`` when it cannot be opened,
    ///   made or migrated (a read-only open of an older store says to run an apply).
    public init(path: String, mode: OpenMode) throws {
        location = "sqlite:\(path)"
        do {
            if mode == .create { try Self.make(path) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            configuration.readonly = mode == .readOnly
            if mode != .readOnly {
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
            let database = try DatabasePool(path: path, configuration: configuration)
            var identity = try database.read { db in try Self.checkSchema(db, path: path, migrating: mode != .readOnly)
            }
            if identity.isEmpty {
                try SQLiteSchema.migrator.migrate(database)
                identity = try database.read { db in try String.fetchOne(db, sql: "SELECT identity FROM store") ?? "" }
            }
            self.database = database
            self.identity = identity
        } catch {
            throw Self.storeError(error, operation: "open \(path)")
        }
    }

    /// Makes a new store: migrated in a private temporary file beside `path`, then linked into
    /// place, which fails rather than replace anything that appeared at `path` meanwhile.
    private static func make(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder + "/.\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).new"
        // SQLite gives its -wal and -shm files the main file's mode.
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.backend(operation: "sqlite create \(path)", message: String(cString: strerror(errno)))
        }
        close(descriptor)
        defer { unlink(temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary)
            try SQLiteSchema.migrator.migrate(queue)
            try queue.close()
        }
        guard link(temporary, path) == 0 else {
            let reason = errno == EEXIST ? "a file appeared there meanwhile" : String(cString: strerror(errno))
            throw StoreError.backend(operation: "sqlite create \(path)", message: reason)
        }
    }

    /// Checks that an opened file is a partnerctl store this partnerctl can use.
    ///
    /// - Returns: The store's identity; empty when a migration still has to make it.
    private static func checkSchema(_ db: Database, path: String, migrating: Bool) throws -> String {
        let migrator = SQLiteSchema.migrator
        guard try db.tableExists("grdb_migrations"), try db.tableExists("accounts") else {
            throw StoreError.damaged("'\(path)' is not a partnerctl store (it has none of partnerctl's tables)")
        }
        let applied = try migrator.appliedIdentifiers(db)
        let known = Set(migrator.migrations)
        if !applied.isSubset(of: known) {
            throw StoreError.damaged("'\(path)' was written by a newer partnerctl; upgrade partnerctl to use it")
        }
        if applied != known {
            guard migrating else {
                throw StoreError.backend(
                    operation: "sqlite open \(path)",
                    message: "the store was made by an older partnerctl; run 'partnerctl apply' once to upgrade it "
                        + "(read-only commands never change a store)")
            }
            return ""
        }
        guard let identity = try String.fetchOne(db, sql: "SELECT identity FROM store"), !identity.isEmpty else {
            throw StoreError.damaged("'\(path)' has no store identity (its 'store' table is empty)")
        }
        return identity
    }

    /// Whether anything exists at a path (so callers can say they are creating a store).
    public static func exists(atPath path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    // MARK: - State

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        try await run("read account") { db in
            // The user count comes along to size the users dictionary up front: growing one of
            // 100,000 users rehashes it again and again.
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT cloud, domain, (SELECT count(*) FROM users WHERE tenant_id = accounts.tenant_id)
                        FROM accounts WHERE tenant_id = ?
                        """, arguments: [tenantId]),
                let cloud = Cloud(rawValue: row[0])
            else { return nil }
            var state = AccountState(account: AccountIdentity(tenantId: tenantId, cloud: cloud, domain: row[1]))
            state.users.reserveCapacity(row[2])

            let fields = try Row.fetchCursor(
                db, sql: "SELECT path, value FROM profile_fields WHERE tenant_id = ?", arguments: [tenantId])
            while let field = try fields.next() { state.profile.values[field[0]] = field[1] }

            let users = try Row.fetchCursor(
                db,
                sql: """
                    SELECT user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled
                    FROM users WHERE tenant_id = ?
                    """, arguments: [tenantId])
            while let row = try users.next() {
                state.users[row[0]] = UserState(
                    userPrincipalName: row[1], displayName: row[2], firstName: row[3], lastName: row[4],
                    usageLocation: row[5], enabled: row[6])
            }
            let roles = try Row.fetchCursor(
                db, sql: "SELECT user_key, role FROM user_roles WHERE tenant_id = ?", arguments: [tenantId])
            while let row = try roles.next() {
                let key: String = row[0]
                guard let role = Role(rawValue: row[1]) else {
                    throw StoreError.damaged(
                        "user '\(key)' has role '\(row[1] as String)', which partnerctl does not know")
                }
                state.users[key]?.roles.insert(role)
            }
            let offers = try Row.fetchCursor(
                db, sql: "SELECT offer_id, name, category, hidden FROM offers WHERE tenant_id = ? ORDER BY offer_id",
                arguments: [tenantId])
            while let row = try offers.next() {
                let offer = Offer(id: row[0], name: row[1], category: row[2])
                state.offers.append(offer)
                if row[3] as Bool { state.hiddenOffers.insert(offer.id) }
            }
            return AccountSnapshot(state: state, storeIdentity: self.identity)
        }
    }

    public func accounts() async throws -> [AccountIdentity] {
        try await run("list accounts") { db in
            try Row.fetchAll(db, sql: "SELECT tenant_id, cloud, domain FROM accounts ORDER BY tenant_id").compactMap {
                row in
                Cloud(rawValue: row[1]).map { AccountIdentity(tenantId: row[0], cloud: $0, domain: row[2]) }
            }
        }
    }

    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await write("enroll account") { db in
            try db.execute(
                sql: "INSERT INTO accounts (tenant_id, cloud, domain) VALUES (?, ?, ?)",
                arguments: [account.tenantId, account.cloud.rawValue, account.domain])
            let insert = try db.makeStatement(
                sql: "INSERT INTO offers (tenant_id, offer_id, name, category) VALUES (?, ?, ?, ?)")
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
            try db.execute(
                sql: "INSERT INTO accounts (tenant_id, cloud, domain) VALUES (?, ?, ?)",
                arguments: [tenant, state.account.cloud.rawValue, state.account.domain])
            let field = try db.makeStatement(
                sql: "INSERT INTO profile_fields (tenant_id, path, value) VALUES (?, ?, ?)")
            for (path, value) in state.profile.values { try field.execute(arguments: [tenant, path, value]) }
            let user = try db.makeStatement(
                sql: """
                    INSERT INTO users (tenant_id, user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let role = try db.makeStatement(sql: "INSERT INTO user_roles (tenant_id, user_key, role) VALUES (?, ?, ?)")
            for (key, value) in state.users {
                try user.execute(arguments: [
                    tenant, key, value.userPrincipalName, value.displayName, value.firstName,
                    value.lastName, value.usageLocation, value.enabled,
                ])
                for granted in value.roles { try role.execute(arguments: [tenant, key, granted.rawValue]) }
            }
            let offer = try db.makeStatement(
                sql: "INSERT INTO offers (tenant_id, offer_id, name, category, hidden) VALUES (?, ?, ?, ?, ?)")
            for value in state.offers {
                try offer.execute(arguments: [
                    tenant, value.id, value.name, value.category, state.hiddenOffers.contains(value.id),
                ])
            }
        }
    }

    public func execute(_ step: PlanStep, context: StepContext) async throws {
        try await execute(batch: [(step, context)])
    }

    /// Carries out consecutive steps in one write transaction, each with its journal entry: all
    /// of them, or none when one fails.
    public func execute(batch: [(step: PlanStep, context: StepContext)]) async throws {
        guard let first = batch.first?.step else { return }
        let operation = batch.count == 1 ? first.kind.rawValue : "\(batch.count) steps from \(first.kind.rawValue)"
        try await write(operation) { db in
            for (step, context) in batch { try Self.apply(step, context: context, db) }
        }
    }

    /// One step and its journal entry, inside the caller's transaction, every statement compiled
    /// once per connection.
    private static func apply(_ step: PlanStep, context: StepContext, _ db: Database) throws {
        try SQLiteStepWriter(db: db, tenantId: context.tenantId).apply(step)
        try db.cachedStatement(
            sql: """
                INSERT INTO journal (apply_id, step_index, step, status, recorded_at) VALUES (?, ?, ?, 'done', ?)
                """
        ).execute(arguments: [context.applyId, context.index, step.summary, Date().timeIntervalSince1970])
    }

    /// One step at a time: each is a transaction on the file's one writer.
    public var maxConcurrentSteps: Int { 1 }

    /// Up to 256 steps in one transaction: a commit costs the hop to the file's writer queue and
    /// a write of the log, more than most steps do. (The applier also keeps a batch to about
    /// 0.1 s.)
    public var maxStepsPerTransaction: Int { 256 }

    public func integrityProblems() async throws -> [String] {
        try await run("check integrity") { db in
            var problems: [String]
            do {
                problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
            {
                return [error.message ?? "the database file is damaged"]
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("a row of table '\(row[0] as String)' refers to a missing row of '\(row[2] as String)'")
            }
            let identities = try Int.fetchOne(db, sql: "SELECT count(*) FROM store") ?? 0
            if identities != 1 { problems.append("the store table has \(identities) rows, not 1") }
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT role FROM user_roles") {
                let role: String = row[0]
                if Role(rawValue: role) == nil { problems.append("unknown role '\(role)' in user_roles") }
            }
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT cloud FROM accounts") {
                let cloud: String = row[0]
                if Cloud(rawValue: cloud) == nil { problems.append("unknown cloud '\(cloud)' in accounts") }
            }
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT status FROM applies") {
                let status: String = row[0]
                if ApplyRecord.Status(rawValue: status) == nil { problems.append("unknown apply status '\(status)'") }
            }
            let orphans =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM journal WHERE apply_id NOT IN (SELECT apply_id FROM applies)
                        """) ?? 0
            if orphans > 0 { problems.append("\(orphans) journal entries belong to no recorded apply") }
            return problems
        }
    }

    // MARK: - Ledger

    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        try await write("acquire lock") { db in
            if let existing = try Self.lock(db, sql: "SELECT * FROM locks WHERE tenant_id = ?", tenantId) {
                throw StoreError.lockHeld(existing)
            }
            let lock = AccountLock(
                id: UUID().uuidString.lowercased(), tenantId: tenantId, holder: holder, acquiredAt: Date())
            try db.execute(
                sql: """
                    INSERT INTO locks (tenant_id, lock_id, holder_user, holder_host, holder_pid, command, acquired_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenantId, lock.id, holder.user, holder.host, holder.pid, holder.command,
                    lock.acquiredAt.timeIntervalSince1970,
                ])
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

    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws
        -> String
    {
        let id = UUID().uuidString.lowercased()
        try await write("record apply") { db in
            try db.execute(
                sql: """
                    INSERT INTO applies (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count,
                                         config_hash, partnerctl_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)
                    """,
                arguments: [
                    id, tenantId, holder.user, holder.host, holder.pid, holder.command,
                    Date().timeIntervalSince1970, stepCount, origin.configHash, origin.partnerctlVersion,
                ])
        }
        return id
    }

    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        try await write("journal failure") { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO journal (apply_id, step_index, step, status, error, recorded_at) VALUES (?, ?, ?, 'failed', ?, ?)
                    """, arguments: [applyId, index, step.summary, error, Date().timeIntervalSince1970])
        }
    }

    /// Records a live step's intent before its first request (``StepLedger``), picking up the
    /// request id of an unfinished intent of the same step, in one transaction.
    public func recordIntent(tenantId: String, applyId: String, index: Int, step: PlanStep, requestId: String)
        async throws -> StepIntent
    {
        let key = StepIntent.key(of: step)
        let now = Date().timeIntervalSince1970
        let window = Double(StepIntent.resumeWindow.components.seconds)
        return try await write("journal intent") { db in
            if let own = try String.fetchOne(
                db, sql: "SELECT request_id FROM step_intents WHERE apply_id = ? AND step_index = ?",
                arguments: [applyId, index])
            {
                return StepIntent(requestId: own, resumed: false)
            }
            let earlier = try Row.fetchOne(
                db,
                sql: """
                    SELECT i.apply_id, i.step_index, i.request_id FROM step_intents i
                    WHERE i.tenant_id = ? AND i.step_key = ? AND i.superseded = 0 AND i.recorded_at > ? AND i.apply_id <> ?
                      AND NOT EXISTS (SELECT 1 FROM journal j
                                      WHERE j.apply_id = i.apply_id AND j.step_index = i.step_index AND j.status = 'done')
                    ORDER BY i.recorded_at DESC LIMIT 1
                    """, arguments: [tenantId, key, now - window, applyId])
            var intent = StepIntent(requestId: requestId, resumed: false)
            if let earlier {
                intent = StepIntent(requestId: earlier[2], resumed: true)
                try db.execute(
                    sql: "UPDATE step_intents SET superseded = 1 WHERE apply_id = ? AND step_index = ?",
                    arguments: [earlier[0], earlier[1]])
            }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO step_intents (apply_id, step_index, tenant_id, step_key, step, request_id, superseded, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                    """, arguments: [applyId, index, tenantId, key, step.summary, intent.requestId, now])
            return intent
        }
    }

    /// Journals a step another store carried out as done (``StepLedger``).
    public func recordDone(applyId: String, index: Int, step: PlanStep) async throws {
        try await write("journal step") { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO journal (apply_id, step_index, step, status, error, recorded_at) VALUES (?, ?, ?, 'done', NULL, ?)
                    """, arguments: [applyId, index, step.summary, Date().timeIntervalSince1970])
        }
    }

    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        try await write("finish apply") { db in
            try db.execute(
                sql: "UPDATE applies SET status = ?, finished_at = ? WHERE apply_id = ?",
                arguments: [status.rawValue, Date().timeIntervalSince1970, id])
        }
    }

    public func interruptRunningApplies(tenantId: String) async throws {
        try await write("interrupt running applies") { db in
            try db.execute(
                sql: """
                    UPDATE applies SET status = 'interrupted', finished_at = ? WHERE tenant_id = ? AND status = 'running'
                    """, arguments: [Date().timeIntervalSince1970, tenantId])
        }
    }

    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        try await run("read history") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM applies WHERE tenant_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?
                    """, arguments: [tenantId, limit])
            return try rows.map { row in
                let id: String = row["apply_id"]
                let journal = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT step_index, step, status, error FROM journal WHERE apply_id = ? ORDER BY step_index
                        """, arguments: [id]
                ).map { entry in
                    JournalEntry(
                        index: entry[0], step: entry[1], status: JournalEntry.Status(rawValue: entry[2]) ?? .failed,
                        error: entry[3])
                }
                return ApplyRecord(
                    id: id, tenantId: tenantId,
                    holder: LockHolder(
                        user: row["holder_user"], host: row["holder_host"], pid: row["holder_pid"],
                        command: row["command"]),
                    startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    finishedAt: (row["finished_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    status: ApplyRecord.Status(rawValue: row["status"]) ?? .running,
                    stepCount: row["step_count"], journal: journal,
                    origin: ApplyOrigin(configHash: row["config_hash"], partnerctlVersion: row["partnerctl_version"]))
            }
        }
    }

    // MARK: - Helpers

    private static func lock(_ db: Database, sql: String, _ argument: String) throws -> AccountLock? {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [argument]) else { return nil }
        return AccountLock(
            id: row["lock_id"], tenantId: row["tenant_id"],
            holder: LockHolder(
                user: row["holder_user"], host: row["holder_host"], pid: row["holder_pid"], command: row["command"]),
            acquiredAt: Date(timeIntervalSince1970: row["acquired_at"]))
    }

    private func run<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws
        -> T
    {
        try await timed(operation) { try await self.database.read(body) }
    }

    private func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws -> T
    {
        try await timed(operation) { try await self.database.write(body) }
    }

    /// Runs a database operation, logging how long it took (`--log-level debug`), and turns its
    /// errors into store errors.
    private func timed<T: Sendable>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        let start = ContinuousClock.now
        do {
            let result = try await body()
            Self.logger.debug("sqlite \(operation)", metadata: ["ms": "\(Self.milliseconds(since: start))"])
            return result
        } catch {
            Self.logger.debug("sqlite \(operation) failed", metadata: ["ms": "\(Self.milliseconds(since: start))"])
            throw Self.storeError(error, operation: operation)
        }
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let value = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
        return String(format: "%.2f", value)
    }

    /// Logs through whatever handler the program installed (`--log-level`): operations and their
    /// times, never values.
    static let logger = Logger(label: "partnerctl.sqlite")

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
