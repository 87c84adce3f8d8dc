public import PartnerModel

/// What an apply did: the steps done, the one that failed (with the store's error), and those
/// never started.
public struct ApplyReport: Sendable {
    /// The apply's id in the store's history.
    public var applyId: String
    /// Steps carried out, in order.
    public var done: [PlanStep]
    /// The step that failed and why, if one did.
    public var failure: (step: PlanStep, error: String)?
    /// Steps not started because an earlier one failed.
    public var notStarted: [PlanStep]

    /// Whether every step was carried out.
    public var succeeded: Bool { failure == nil }
}
