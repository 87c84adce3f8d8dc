import Foundation
public import PartnerModel
import PostgresNIO

/// The team store: many accounts and their ledger in one PostgreSQL database
/// (`postgres://user[:password]@host[:port]/database?sslmode=…`).
///
/// The schema lives in the database's `partnerctl` schema and is migrated when a store is opened
/// for writing; a store opened read-only changes nothing. Each step and its journal entry commit
/// in one transaction. The account lock is a session-level advisory lock held by a connection of
/// its own, so it ends when its holder's connection does, on any machine; the steps of an apply
/// under the lock run on that connection and check, in each transaction (one step's, or a batch
/// of consecutive steps'), that the lock is still theirs. `schemas/postgres-store.md` explains the design.
///
/// Other queries run on a pool of connections (PostgresNIO's `PostgresClient`) that runs until
/// ``close()``. The password is never part of ``location`` or of any error.
public final class PostgresStore: AccountStore, StepLedger {
    public let location: String
    /// The store's identity: a random UUID made when the database's store was created (kept in
    /// `partnerctl.store`), the same for every process that opens it.
    public let identity: String
    let settings: PostgresLocation
    let client: PostgresClient
    let lockSessions = LockSessions()
    private let runTask: Task<Void, Never>

    /// Opens the store a URL names for reading and writing: connects, creates or migrates the
    /// schema, and starts the connection pool.
    ///
    /// - Parameters:
    ///   - url: `postgres://…` or `postgresql://…`.
    ///   - environment: Where `PGPASSWORD`, `PGPASSFILE`, `HOME` and the other libpq defaults
    ///     are read from.
    /// - Returns: The open store; call ``close()`` when done with it.
    /// - Throws: ``StoreError/badLocation(_:)`` for a URL that is not PostgreSQL's;
    ///   ``StoreError/damaged(_:)`` when the store's identity is missing;
    ///   ``StoreError/backend(operation:message:)`` when the server cannot be reached, refuses the
    ///   login, or the schema cannot be migrated.
    public static func open(
        url: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> PostgresStore {
        let settings = try PostgresLocation(url: url, environment: environment)
        // A connection of our own first: the pool retries a failing server quietly, while a
        // direct connection says at once why it cannot connect.
        let identity = try await withSession(settings, operation: "open \(settings.redacted)") { connection in
            try await PostgresSchema.migrate(connection)
            return try await PostgresSchema.identity(connection)
        }
        return PostgresStore(settings: settings, identity: identity)
    }

    /// Opens an existing store for reading only, changing nothing: for `plan`, `drift`, `export`,
    /// `history` and `check`.
    ///
    /// No schema is created or migrated and no account enrolled; every session the store opens is
    /// read-only (`default_transaction_read_only`), so the server refuses any write, including
    /// ``acquireLock(tenantId:holder:)``, ``enroll(_:offers:)`` and ``execute(_:context:)``.
    ///
    /// - Parameters:
    ///   - url: `postgres://…` or `postgresql://…`.
    ///   - environment: Where `PGPASSWORD`, `PGPASSFILE`, `HOME` and the other libpq defaults
    ///     are read from.
    /// - Returns: The open store (call ``close()`` when done with it), or nil when the database
    ///   holds no partnerctl store yet (no `partnerctl` schema, or one without partnerctl's tables).
    /// - Throws: ``StoreError/backend(operation:message:)`` when the server cannot be reached or
    ///   refuses the login, and when the store was made by an older partnerctl (the message says
    ///   to run `partnerctl apply` once to upgrade it) or a newer one (upgrade partnerctl);
    ///   ``StoreError/damaged(_:)`` when the store's identity is missing.
    public static func openReadOnly(
        url: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> PostgresStore? {
        var settings = try PostgresLocation(url: url, environment: environment)
        settings.readOnly = true
        let identity = try await withSession(settings, operation: "open \(settings.redacted)") { connection in
            try await connection.transaction(begin: "BEGIN READ ONLY") { connection -> String? in
                guard try await PostgresSchema.hasCurrentStore(connection) else { return nil }
                return try await PostgresSchema.identity(connection)
            }
        }
        return identity.map { PostgresStore(settings: settings, identity: $0) }
    }

    private init(settings: PostgresLocation, identity: String) {
        self.settings = settings
        self.identity = identity
        location = settings.redacted
        let client = PostgresClient(configuration: settings.clientConfiguration())
        self.client = client
        runTask = Task { await client.run() }
    }

    deinit {
        runTask.cancel()
    }

    /// Releases the locks this store still holds, and shuts the connection pool down. The store
    /// cannot be used afterwards.
    public func close() async {
        for session in await lockSessions.removeAll() {
            _ = await session.end()
        }
        runTask.cancel()
        await runTask.value
    }

    /// Whether a URL names a PostgreSQL store.
    public static func handles(url: String) -> Bool {
        url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")
    }

    // MARK: - State

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        try await transaction("read account", readOnly: true) { connection in
            guard
                // The user count comes along to size the users dictionary up front: growing one of
                // 100,000 users rehashes it again and again.
                let row = try await connection.firstRow(
                    """
                    SELECT cloud, domain,
                        (SELECT count(*) FROM partnerctl.users WHERE users.tenant_id = accounts.tenant_id)
                    FROM partnerctl.accounts WHERE tenant_id = \(tenantId)
                    """)
            else { return nil }
            let (cloudName, domain, userCount) = try row.decode((String, String, Int64).self)
            let account = AccountIdentity(tenantId: tenantId, cloud: try Self.cloud(cloudName), domain: domain)
            var state = AccountState(account: account)

            for try await (path, value) in try await connection.rows(
                "SELECT path, value FROM partnerctl.profile_fields WHERE tenant_id = \(tenantId)"
            ).decode((String, String).self) {
                state.profile.values[path] = value
            }
            state.users.reserveCapacity(Int(userCount))
            for try await (key, name, displayName, firstName, lastName, usageLocation, enabled)
                in try await connection.rows(
                    """
                    SELECT user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled
                    FROM partnerctl.users WHERE tenant_id = \(tenantId)
                    """
                ).decode((String, String, String?, String?, String?, String?, Bool).self)
            {
                state.users[key] = UserState(
                    userPrincipalName: name, displayName: displayName, firstName: firstName, lastName: lastName,
                    usageLocation: usageLocation, enabled: enabled)
            }
            for try await (key, roleName) in try await connection.rows(
                "SELECT user_key, role FROM partnerctl.user_roles WHERE tenant_id = \(tenantId)"
            ).decode((String, String).self) {
                guard let role = Role(rawValue: roleName) else {
                    throw StoreError.damaged("user '\(key)' has role '\(roleName)', which partnerctl does not know")
                }
                state.users[key]?.roles.insert(role)
            }
            for try await (id, name, category, hidden) in try await connection.rows(
                """
                SELECT offer_id, name, category, hidden FROM partnerctl.offers WHERE tenant_id = \(tenantId) ORDER BY offer_id
                """
            ).decode((String, String, String, Bool).self) {
                state.offers.append(Offer(id: id, name: name, category: category))
                if hidden { state.hiddenOffers.insert(id) }
            }
            return AccountSnapshot(state: state, storeIdentity: self.identity)
        }
    }

    public func accounts() async throws -> [AccountIdentity] {
        try await transaction("list accounts", readOnly: true) { connection in
            var accounts: [AccountIdentity] = []
            for try await (tenantId, cloud, domain) in try await connection.rows(
                "SELECT tenant_id, cloud, domain FROM partnerctl.accounts ORDER BY tenant_id"
            ).decode((String, String, String).self) {
                accounts.append(AccountIdentity(tenantId: tenantId, cloud: try Self.cloud(cloud), domain: domain))
            }
            return accounts
        }
    }

    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await transaction("enroll account") { connection in
            try await connection.run(
                """
                INSERT INTO partnerctl.accounts (tenant_id, cloud, domain)
                VALUES (\(account.tenantId), \(account.cloud.rawValue), \(account.domain))
                """)
            // One statement for the whole catalog, however large.
            try await connection.run(
                """
                INSERT INTO partnerctl.offers (tenant_id, offer_id, name, category)
                SELECT \(account.tenantId), offer.id, offer.name, offer.category
                FROM unnest(\(offers.map(\.id))::text[], \(offers.map(\.name))::text[], \(offers.map(\.category))::text[])
                    AS offer (id, name, category)
                """)
        }
    }

    /// One step at a time: each is a transaction on the apply's lock connection.
    public var maxConcurrentSteps: Int { 1 }

    /// Carries out one step and journals it as done, in one transaction.
    ///
    /// A step of an apply begun while this store held the account's lock runs on the lock's own
    /// connection, and its transaction first checks that the lock is still this apply's
    /// (`schemas/postgres-store.md`, Fencing). Other steps run on the pool.
    ///
    /// - Throws: ``StoreError/lockLost(_:)`` when the apply's lock has ended or passed to someone
    ///   else; ``StoreError/stepRejected(step:reason:)`` when the step does not fit the state;
    ///   ``StoreError/notEnrolled(tenantId:)``. Nothing is changed then.
    public func execute(_ step: PlanStep, context: StepContext) async throws {
        try await execute(batch: [(step, context)])
    }

    /// Up to 256 steps in one transaction: each commit costs a WAL flush and the round trips of
    /// `BEGIN`, the fence, the account's row lock and `COMMIT`. (The applier also keeps a batch
    /// to about 0.1 s.)
    public var maxStepsPerTransaction: Int { 256 }

    /// Carries out consecutive steps of one apply in one transaction, fenced and with the
    /// account's row locked once, each step and its journal row in one statement where the
    /// step's kind allows (`user.create`, `role.grant`, `role.revoke`): all of them, or none when
    /// one fails.
    ///
    /// - Throws: As ``execute(_:context:)`` does, for the first step that fails.
    public func execute(batch: [(step: PlanStep, context: StepContext)]) async throws {
        guard let first = batch.first?.step, let context = batch.first?.context else { return }
        let operation = batch.count == 1 ? first.kind.rawValue : "\(batch.count) steps from \(first.kind.rawValue)"
        try await fencedTransaction(operation, applyId: context.applyId, tenantId: context.tenantId) {
            connection, onLockSession in
            let writer = PostgresStepWriter(connection: connection, tenantId: context.tenantId, prepared: onLockSession)
            try await writer.lockAccount()
            for (step, context) in batch {
                try await writer.apply(
                    step,
                    journal: StepStatements.JournalRow(
                        applyId: context.applyId, index: Int32(clamping: context.index), step: step.summary))
            }
        }
    }

    // MARK: - Running queries

    /// Logs through whatever handler the program installed (`--log-level`): queries and
    /// connection events, never a password.
    static let logger = Logger(label: "partnerctl.postgres")

    /// Runs `body` in a transaction on a pooled connection.
    ///
    /// - Parameters:
    ///   - operation: What is being done, for errors (`read account`, `user.create` …).
    ///   - readOnly: Whether the transaction only reads: it then sees one snapshot of the whole
    ///     database (repeatable read).
    /// - Throws: ``PartnerModel/StoreError`` as thrown by `body`; any other error as
    ///   ``StoreError/backend(operation:message:)`` naming the operation.
    @discardableResult
    func transaction<Result: Sendable>(
        _ operation: String, readOnly: Bool = false, _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        guard !runTask.isCancelled else {
            throw StoreError.backend(operation: "postgres \(operation)", message: "the store is closed")
        }
        do {
            return try await client.withConnection { connection in
                try await connection.transaction(
                    begin: readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", body)
            }
        } catch {
            throw Self.storeError(error, operation: operation, password: settings.password)
        }
    }

    /// Runs `body` on a new connection of its own (not from the pool), then closes it.
    static func withSession<Result: Sendable>(
        _ settings: PostgresLocation, operation: String, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let connection = try await connect(settings, operation: operation)
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw storeError(error, operation: operation, password: settings.password)
        }
    }

    /// Opens a connection of its own (not from the pool).
    ///
    /// - Parameter holdsLock: Whether the session is to hold an account lock (see
    ///   ``PostgresLocation/connectionConfiguration(holdsLock:)``).
    static func connect(
        _ settings: PostgresLocation, operation: String, holdsLock: Bool = false
    ) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(
                configuration: try settings.connectionConfiguration(holdsLock: holdsLock),
                id: Int.random(in: 1...Int(Int32.max)),
                logger: logger)
        } catch {
            throw storeError(error, operation: operation, password: settings.password)
        }
    }

    private static func cloud(_ name: String) throws -> Cloud {
        guard let cloud = Cloud(rawValue: name) else {
            throw StoreError.damaged("an account has cloud '\(name)', which partnerctl does not know")
        }
        return cloud
    }
}
