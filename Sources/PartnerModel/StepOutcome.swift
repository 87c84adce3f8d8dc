import Synchronization

/// What a store tells the applier about a step it carried out, besides success: shared by the
/// step's ``StepContext`` copies, written by the store, read by the applier after the step.
public final class StepOutcome: Sendable {
    private let createdEarlier = Mutex(false)

    /// Creates an empty outcome.
    public init() {}

    /// Whether the `user.create` step found its user made by an earlier, interrupted attempt of
    /// the same step (a request id picked up from the ledger): the password sent this time was
    /// not used; the user's is the one that attempt recorded.
    public var userCreatedEarlier: Bool { createdEarlier.withLock { $0 } }

    /// Notes that the user was created by an earlier attempt.
    public func noteUserCreatedEarlier() { createdEarlier.withLock { $0 = true } }
}
