public import PartnerText

/// A store could not do what was asked.
public enum StoreError: ValueQuotingError, Hashable, Sendable {
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
    /// The apply no longer holds the account's lock (its session ended, or someone broke it):
    /// the step was not carried out.
    case lockLost(String)
    /// The store is damaged or is not a partnerctl store: what is wrong.
    case damaged(String)
    /// The store failed: the operation (SQL statement or HTTP request, without values) and why.
    case backend(operation: String, message: String)

    /// The error for a person, in the language it is rendered in; quoted values are escaped
    /// (store values such as a lock holder's command line can hold anything).
    public var message: Message { message(quoting: DisplayText.escaped) }

    /// The error with every quoted value passed through `e`: escaped with
    /// ``DisplayText/escaped(_:)`` for people, as they are for the journal.
    public func message(quoting e: (String) -> String) -> Message {
        switch self {
        case .lockHeld(let lock):
            return Message(
                "the account is locked by \(e(lock.holder.user))@\(e(lock.holder.host)) (pid \(lock.holder.pid), '\(e(lock.holder.command))') since \(lock.acquiredAt.formatted(.iso8601)); lock id \(e(lock.id))"
            )
        case .noSuchLock(let id):
            return Message("no lock has id '\(e(id))'")
        case .notEnrolled(let tenantId):
            return Message("the store has no account with tenant id '\(e(tenantId))'")
        case .stepRejected(let step, let reason):
            return Message("step '\(e(step))' was rejected: \(e(reason))")
        case .badLocation(let location):
            return Message(
                "'\(e(location))' is not a store URL (expected sqlite:PATH, postgres://… or partnercenter:[URL])")
        case .lockLost(let detail):
            return Message(
                "the apply lost the account's lock (\(e(detail))); it stopped, and the step was not carried out")
        case .damaged(let detail):
            return Message(
                "the store is damaged: \(e(detail)); restore it from a backup, or run 'partnerctl check' for details")
        case .backend(let operation, let message):
            return Message(verbatim: "\(e(operation)): \(e(message))")
        }
    }
}
