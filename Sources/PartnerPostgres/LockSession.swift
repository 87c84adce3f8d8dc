import PartnerModel
import PostgresNIO

/// One account lock this store holds: the connection whose session holds the advisory lock, used
/// by one piece of work at a time.
///
/// The steps of an apply under the lock run their transactions on this connection, so each can
/// check, inside its own transaction, that the session still holds the lock (fencing). A
/// connection runs one transaction at a time: two callers interleaving their statements would
/// share one transaction, so callers take turns here.
actor LockSession {
    /// The lock.
    let lock: AccountLock
    /// The connection whose session holds it.
    let connection: PostgresConnection
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Keeps a connection that holds a lock.
    init(lock: AccountLock, connection: PostgresConnection) {
        self.lock = lock
        self.connection = connection
    }

    /// Runs `body` with the connection once no other caller is using it.
    @discardableResult
    func exclusively<Result: Sendable>(
        _ body: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        while busy { await withCheckedContinuation { waiting.append($0) } }
        busy = true
        defer {
            busy = false
            if !waiting.isEmpty { waiting.removeFirst().resume() }
        }
        return try await body(connection)
    }

    /// Ends the session: removes the lock's row, then frees the advisory lock (in that order, so
    /// no one takes the lock in between and loses their row), then closes the connection.
    ///
    /// - Returns: Whether the row was removed; false when the connection had already died (its
    ///   advisory lock is then gone, and the row is stale).
    func end() async -> Bool {
        let lock = self.lock
        let removed: Bool? = try? await exclusively { connection in
            try await connection.run("DELETE FROM partnerctl.locks WHERE lock_id = \(lock.id)")
            // Closing frees the advisory lock as well; unlocking frees it before the close arrives.
            _ = try? await connection.run(
                "SELECT pg_advisory_unlock(\(AdvisoryLockKey.account(tenantId: lock.tenantId)))")
            return true
        }
        try? await connection.close()
        return removed == true
    }
}
