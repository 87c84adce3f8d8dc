import PostgresNIO

/// The statements every step runs. On a lock's own connection they are prepared once and run by
/// name after that: the server parses and plans each of them once per apply, not once per step.
///
/// Each returns one `true` row per row it found or changed, so the caller counts rows as it
/// counts `RETURNING` rows of the unprepared statements. Rarely run statements (profile fields,
/// user field updates, catalog visibility) stay unprepared.
enum StepStatements {
    /// Locks the account's row until the transaction ends; one row when the account exists.
    struct LockAccount: PostgresPreparedStatement {
        static let name = "partnerctl_lock_account"
        static let sql = "SELECT true FROM partnerctl.accounts WHERE tenant_id = $1 FOR UPDATE"
        typealias Row = Bool
        let tenantId: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(tenantId)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Bool { try row.decode(Bool.self) }
    }

    /// The fence (`schemas/postgres-store.md`, Fencing): the account's `locks` row, locked for
    /// share until the transaction ends, with whether it names this session and whether this
    /// session holds the row's advisory lock.
    struct Fence: PostgresPreparedStatement {
        static let name = "partnerctl_fence"
        static let sql = """
            SELECT l.lock_id, l.holder_user, l.holder_host, l.backend_pid = pg_backend_pid(),
                   \(PostgresStore.heldByItsSession)
            FROM partnerctl.locks l WHERE l.tenant_id = $1 FOR SHARE
            """
        typealias Row = (String, String, String, Bool, Bool)
        let tenantId: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(tenantId)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// One row when the user exists.
    struct UserExists: PostgresPreparedStatement {
        static let name = "partnerctl_user_exists"
        static let sql = "SELECT true FROM partnerctl.users WHERE tenant_id = $1 AND user_key = $2"
        typealias Row = Bool
        let tenantId: String
        let key: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 2)
            bindings.append(tenantId)
            bindings.append(key)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Bool { try row.decode(Bool.self) }
    }

    /// Creates a user and journals the step (when it belongs to an apply); one row when the user
    /// was created, none when it exists already (and nothing is journaled then).
    struct CreateUser: PostgresPreparedStatement {
        static let name = "partnerctl_create_user"
        static let sql = """
            WITH created AS (
                INSERT INTO partnerctl.users
                    (tenant_id, user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (tenant_id, user_key) DO NOTHING
                RETURNING true
            ),
            journaled AS (\(JournalRow.insert(from: "created", firstParameter: 9)))
            SELECT true FROM created
            """
        static let bindingDataTypes: [PostgresDataType] =
            [.text, .text, .text, .text, .text, .text, .text, .bool] + JournalRow.bindingDataTypes
        typealias Row = Bool
        let tenantId: String
        let key: String
        let userPrincipalName: String
        let displayName: String?
        let firstName: String?
        let lastName: String?
        let usageLocation: String?
        let enabled: Bool
        let journal: JournalRow?

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 11)
            bindings.append(tenantId)
            bindings.append(key)
            bindings.append(userPrincipalName)
            bindings.append(displayName)
            bindings.append(firstName)
            bindings.append(lastName)
            bindings.append(usageLocation)
            bindings.append(enabled)
            JournalRow.append(journal, to: &bindings)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Bool { try row.decode(Bool.self) }
    }

    /// Grants a role to a user when the user exists (a role held already stays), and journals
    /// the step; one row when the user exists, so a missing user is told apart from a role held
    /// already.
    struct GrantRole: UserRoleStatement {
        static let name = "partnerctl_grant_role"
        static let sql = """
            WITH target AS (SELECT user_key FROM partnerctl.users WHERE tenant_id = $1 AND user_key = $2),
            granted AS (
                INSERT INTO partnerctl.user_roles (tenant_id, user_key, role)
                SELECT $1, user_key, $3 FROM target
                ON CONFLICT DO NOTHING
            ),
            journaled AS (\(JournalRow.insert(from: "target", firstParameter: 4)))
            SELECT true FROM target
            """
        let tenantId: String
        let key: String
        let role: String
        let journal: JournalRow?
    }

    /// Revokes a role from a user when the user exists (a role not held is no error), and
    /// journals the step; one row when the user exists.
    struct RevokeRole: UserRoleStatement {
        static let name = "partnerctl_revoke_role"
        static let sql = """
            WITH target AS (SELECT user_key FROM partnerctl.users WHERE tenant_id = $1 AND user_key = $2),
            revoked AS (
                DELETE FROM partnerctl.user_roles r USING target
                WHERE r.tenant_id = $1 AND r.user_key = target.user_key AND r.role = $3
            ),
            journaled AS (\(JournalRow.insert(from: "target", firstParameter: 4)))
            SELECT true FROM target
            """
        let tenantId: String
        let key: String
        let role: String
        let journal: JournalRow?
    }

    /// A step's `done` journal row, written by the statement that carries the step out: one
    /// round trip for both. Absent for a change that belongs to no apply (``DirectChanges``).
    struct JournalRow {
        let applyId: String
        let index: Int32
        let step: String

        static let bindingDataTypes: [PostgresDataType] = [.text, .int4, .text]

        /// The `INSERT` of a statement's `WITH` clause that journals the step once per row of
        /// `source` (the step's change), from parameters `$first`, `$first+1`, `$first+2`; no row
        /// when the apply id is null.
        static func insert(from source: String, firstParameter first: Int) -> String {
            """
            INSERT INTO partnerctl.journal (apply_id, step_index, step, status, recorded_at)
                SELECT $\(first), $\(first + 1), $\(first + 2), 'done', now() FROM \(source)
                WHERE $\(first)::text IS NOT NULL
            """
        }

        /// Binds a row's values, or nulls for none.
        static func append(_ row: JournalRow?, to bindings: inout PostgresBindings) {
            bindings.append(row?.applyId)
            bindings.append(row?.index)
            bindings.append(row?.step)
        }
    }

    /// Journals a step as done, in the step's own transaction: for the steps whose statements
    /// do not journal themselves.
    struct JournalDone: PostgresPreparedStatement {
        static let name = "partnerctl_journal_done"
        static let sql = """
            INSERT INTO partnerctl.journal (apply_id, step_index, step, status, recorded_at)
            VALUES ($1, $2, $3, 'done', now())
            """
        static let bindingDataTypes: [PostgresDataType] = [.text, .int4, .text]
        typealias Row = Bool
        let applyId: String
        let index: Int32
        let step: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 3)
            bindings.append(applyId)
            bindings.append(index)
            bindings.append(step)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Bool { try row.decode(Bool.self) }
    }
}

/// A statement about one role of one user (``StepStatements/GrantRole``,
/// ``StepStatements/RevokeRole``): bound to the account, the user's key, the role and the step's
/// journal row, answering one `true` row when the user exists.
protocol UserRoleStatement: PostgresPreparedStatement where Row == Bool {
    var tenantId: String { get }
    var key: String { get }
    var role: String { get }
    var journal: StepStatements.JournalRow? { get }
}

extension UserRoleStatement {
    static var bindingDataTypes: [PostgresDataType] {
        [.text, .text, .text] + StepStatements.JournalRow.bindingDataTypes
    }

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 6)
        bindings.append(tenantId)
        bindings.append(key)
        bindings.append(role)
        StepStatements.JournalRow.append(journal, to: &bindings)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Bool { try row.decode(Bool.self) }
}

extension PostgresConnection {
    /// Runs one of the step statements and drains its rows: by name, prepared on this connection
    /// the first time, when `prepared`; otherwise as an unnamed statement, parsed and planned
    /// anew. Refuses a closed connection as ``rows(_:)`` does.
    ///
    /// Only a lock's own connection runs them prepared: it lives for one apply, and PostgresNIO
    /// remembers a statement that failed to prepare as failed for the rest of the connection's
    /// life, which a pooled connection must not.
    ///
    /// - Returns: How many rows it returned.
    @discardableResult
    func run<Statement: PostgresPreparedStatement>(_ statement: Statement, prepared: Bool) async throws -> Int {
        guard prepared else {
            return try await run(PostgresQuery(unsafeSQL: Statement.sql, binds: statement.makeBindings()))
        }
        guard !isClosed else { throw ConnectionClosed() }
        var count = 0
        for try await _ in try await execute(statement, logger: PostgresStore.logger) { count += 1 }
        return count
    }

    /// The first row a step statement returns, decoded (prepared as ``run(_:prepared:)`` says);
    /// nil when it returns none.
    func first<Statement: PostgresPreparedStatement>(
        _ statement: Statement, prepared: Bool
    ) async throws -> Statement.Row? {
        guard prepared else {
            return try await firstRow(PostgresQuery(unsafeSQL: Statement.sql, binds: statement.makeBindings()))
                .map(statement.decodeRow)
        }
        guard !isClosed else { throw ConnectionClosed() }
        var result: Statement.Row?
        for try await row in try await execute(statement, logger: PostgresStore.logger) where result == nil {
            result = row
        }
        return result
    }
}
