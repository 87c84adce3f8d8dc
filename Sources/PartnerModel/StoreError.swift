/// A store could not do what was asked.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The account's lock is held by someone else.
    case lockHeld(AccountLock)
    /// No lock has this id.
    case noSuchLock(String)
    /// The store has no such account.
    case notEnrolled(tenantId: String)
    /// A step did not fit the account's state.
    case stepRejected(step: String, reason: String)
    /// The store URL is not one partnerctl understands.
    case badLocation(String)
    /// The store failed: the operation (SQL statement or HTTP request, without values) and why.
    case backend(operation: String, message: String)

    public var description: String {
        switch self {
        case .lockHeld(let lock):
            return "the account is locked by \(lock.holder.user)@\(lock.holder.host) (pid \(lock.holder.pid), "
                + "'\(lock.holder.command)') since \(lock.acquiredAt.formatted(.iso8601)); lock id \(lock.id)"
        case .noSuchLock(let id):
            return "no lock has id '\(id)'"
        case .notEnrolled(let tenantId):
            return "the store has no account with tenant id '\(tenantId)'"
        case .stepRejected(let step, let reason):
            return "step '\(step)' was rejected: \(reason)"
        case .badLocation(let location):
            return "'\(location)' is not a store URL (expected sqlite:PATH, postgres://… or https://…)"
        case .backend(let operation, let message):
            return "\(operation): \(message)"
        }
    }
}
