import PartnerModel

/// The account locks this store holds, each with the session that holds it, and the applies begun
/// under each: an apply's steps must run under the lock it began under, or not at all.
actor LockSessions {
    private var sessions: [String: LockSession] = [:]
    /// The lock each apply was begun under, by apply id.
    private var lockOfApply: [String: String] = [:]

    /// Keeps the session holding a lock.
    func add(_ session: LockSession) {
        sessions[session.lock.id] = session
    }

    /// Hands over the session holding a lock, if this store holds it.
    func remove(lockId: String) -> LockSession? {
        sessions.removeValue(forKey: lockId)
    }

    /// Hands over every session this store holds.
    func removeAll() -> [LockSession] {
        defer { sessions = [:] }
        return Array(sessions.values)
    }

    /// The session holding an account's lock, if this store holds it.
    func session(tenantId: String) -> LockSession? {
        sessions.values.first { $0.lock.tenantId == tenantId }
    }

    /// Notes an apply's start: it belongs to the account's lock if this store holds it.
    func begin(applyId: String, tenantId: String) {
        if let session = session(tenantId: tenantId) { lockOfApply[applyId] = session.lock.id }
    }

    /// Forgets an apply that ended.
    func finish(applyId: String) {
        lockOfApply[applyId] = nil
    }

    /// The session an apply's writes must run on: the lock it began under, else the account's
    /// lock if this store holds it now.
    ///
    /// - Returns: nil when the apply runs under no lock of this store (its writes use the pool).
    /// - Throws: ``StoreError/lockLost(_:)`` when the apply began under a lock this store no longer
    ///   holds (released or broken).
    func session(applyId: String?, tenantId: String) throws -> LockSession? {
        guard let lockId = applyId.flatMap({ lockOfApply[$0] }) else { return session(tenantId: tenantId) }
        guard let session = sessions[lockId] else {
            throw StoreError.lockLost("lock \(lockId) was released or broken by this process before the step")
        }
        return session
    }
}
