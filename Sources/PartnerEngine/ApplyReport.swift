public import PartnerModel

/// What an apply did: the steps done, the one that failed (with the store's error), and those
/// never started.
public struct ApplyReport: Sendable {
    /// The apply's id in the store's history.
    public var applyId: String
    /// Steps carried out, in order.
    public var done: [PlanStep]
    /// The step that failed and why, if one did (display text: quoted values escaped).
    public var failure: (step: PlanStep, error: String)?
    /// Steps that were running alongside the failed one and failed too (parallel applies).
    public var alsoFailed: [(step: PlanStep, error: String)] = []
    /// Why the apply stopped before its end without a failed step (a signal, output that
    /// could not be written), if it did.
    public var stopReason: String?
    /// Steps not started because an earlier one failed or the apply was stopped.
    public var notStarted: [PlanStep]

    /// Whether every step was carried out.
    public var succeeded: Bool { failure == nil && stopReason == nil }
}
