/// A store that can keep another store's ledger: it journals a step carried out elsewhere (by the
/// Partner Center store, over HTTP) — its intent before the first request, and its outcome after
/// — without applying it to any state of its own.
public protocol StepLedger: AccountStore {
    /// Durably records, before any request of the step is sent, that the step at `index` of apply
    /// `applyId` is about to run, and which request id its writes carry.
    ///
    /// The id is that of the newest unfinished intent (no `done` journal entry) for the same step
    /// (``StepIntent/key(of:)``) of the same account from the last ``StepIntent/resumeWindow``,
    /// which is then superseded; `requestId` when there is none.
    ///
    /// - Returns: The intent as recorded.
    func recordIntent(tenantId: String, applyId: String, index: Int, step: PlanStep, requestId: String) async throws
        -> StepIntent

    /// Journals the step at `index` of apply `applyId` as done.
    func recordDone(applyId: String, index: Int, step: PlanStep) async throws
}
