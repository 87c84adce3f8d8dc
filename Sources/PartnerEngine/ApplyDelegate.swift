public import PartnerModel

/// Told what an apply is doing, so a caller can show progress. The engine never prints.
public protocol ApplyDelegate: Sendable {
    /// The account's lock is held by someone else; the applier waits and tries again.
    func waitingForLock(held lock: AccountLock)
    /// A dead process's lock was broken (same host, process gone).
    func brokeStaleLock(_ lock: AccountLock)
    /// A step is about to start (`index` from 1).
    func willExecute(_ step: PlanStep, index: Int, of total: Int)
    /// A step finished; `error` is nil when it succeeded.
    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double)
}
