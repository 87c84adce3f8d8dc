import PartnerModel
import PostgresNIO

/// The connections that hold this store's account locks: each lock is a session-level advisory
/// lock, alive exactly as long as its connection.
actor LockSessions {
    private var sessions: [String: (lock: AccountLock, connection: PostgresConnection)] = [:]

    /// Keeps the connection holding a lock.
    func add(_ connection: PostgresConnection, holding lock: AccountLock) {
        sessions[lock.id] = (lock, connection)
    }

    /// Hands over the connection holding a lock, if this store holds it.
    func remove(lockId: String) -> PostgresConnection? {
        sessions.removeValue(forKey: lockId)?.connection
    }

    /// Hands over every lock this store holds, with its connection.
    func removeAll() -> [(lock: AccountLock, connection: PostgresConnection)] {
        defer { sessions = [:] }
        return Array(sessions.values)
    }
}
