import PartnerModel
import PostgresNIO

extension PostgresStore {
    // MARK: - Fencing

    /// Runs a transaction that writes for an apply, under the apply's lock when it has one.
    ///
    /// An apply begun while this store held the account's lock writes on the lock's own
    /// connection, and each transaction first proves that the lock is still this apply's: the
    /// session holds the account's advisory lock, and the account's `locks` row still carries the
    /// lock's id and this session's process id (locked `FOR SHARE` until commit, so no one breaks
    /// or replaces it meanwhile). The advisory lock cannot pass to anyone else while this session
    /// lives, and if the session ends the open transaction ends with it, uncommitted: a write can
    /// only commit while its lock is held. An apply under no lock of this store (tests, tools)
    /// writes on the pool, unchecked.
    ///
    /// - Parameters:
    ///   - operation: What is being done, for errors (`user.create` …).
    ///   - applyId: The apply the write belongs to; nil for a write of the lock's holder that
    ///     belongs to no apply.
    ///   - tenantId: The account.
    ///   - body: The work, given the connection and whether it is the lock's own (whose step
    ///     statements run prepared).
    /// - Throws: ``StoreError/lockLost(_:)`` when the lock has ended or is someone else's (nothing
    ///   is written then); ``PartnerModel/StoreError`` as thrown by `body`; any other error as
    ///   ``StoreError/backend(operation:message:)`` naming the operation.
    @discardableResult
    func fencedTransaction<Result: Sendable>(
        _ operation: String, applyId: String?, tenantId: String,
        _ body: @Sendable (_ connection: PostgresConnection, _ onLockSession: Bool) async throws -> Result
    ) async throws -> Result {
        guard let session = try await lockSessions.session(applyId: applyId, tenantId: tenantId) else {
            return try await transaction(operation) { connection in try await body(connection, false) }
        }
        let lock = session.lock
        do {
            return try await session.exclusively { connection in
                guard !connection.isClosed else { throw ConnectionClosed() }
                return try await connection.transaction { connection in
                    try await Self.checkFence(connection, lock: lock)
                    return try await body(connection, true)
                }
            }
        } catch {
            if error is StoreError || error is CancellationError { throw error }
            if session.connection.isClosed || Self.endsSession(error) {
                throw StoreError.lockLost(
                    "lock \(lock.id): its database session has ended (a server or proxy timeout, a dropped "
                        + "connection, or 'partnerctl unlock')")
            }
            throw Self.storeError(error, operation: operation, password: settings.password)
        }
    }

    /// Checks, inside the caller's transaction on the lock's own connection, that the lock is
    /// still held: the account's `locks` row (locked until the transaction ends) carries the
    /// lock's id and this session's process id, and this session holds the row's advisory lock.
    ///
    /// - Throws: ``StoreError/lockLost(_:)`` saying what happened when it is not.
    static func checkFence(_ connection: PostgresConnection, lock: AccountLock) async throws {
        // Prepared on the lock's connection once, run by name before every step.
        guard let row = try await connection.first(StepStatements.Fence(tenantId: lock.tenantId), prepared: true) else {
            throw StoreError.lockLost("lock \(lock.id): its row in partnerctl.locks is gone (the lock was broken)")
        }
        let (id, user, host, sameSession, held) = row
        guard id == lock.id else {
            throw StoreError.lockLost(
                "lock \(lock.id) was broken; the account's lock is now \(id), held by \(user)@\(host)")
        }
        guard sameSession, held else {
            throw StoreError.lockLost(
                "lock \(lock.id): this database session no longer holds the account's advisory lock "
                    + "(a connection pooler in transaction mode cannot keep a session's lock)")
        }
    }

    /// Whether an error means the connection's session is over: the connection is closed, or the
    /// server ended the session (SQLSTATE class 57P: terminated, shut down, idle-session timeout;
    /// class 08: connection exception).
    static func endsSession(_ error: any Error) -> Bool {
        if error is ConnectionClosed { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError:
            return true
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("57P") || state.hasPrefix("08")
        default:
            return false
        }
    }
}
