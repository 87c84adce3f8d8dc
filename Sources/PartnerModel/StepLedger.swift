/// A store that can keep another store's ledger: it journals a step carried out elsewhere (by the
/// Partner Center store, over HTTP) as done, without applying it to any state of its own.
public protocol StepLedger: AccountStore {
    /// Journals the step at `index` of apply `applyId` as done.
    func recordDone(applyId: String, index: Int, step: PlanStep) async throws
}
