import Foundation
import PartnerEngine
import PartnerModel

/// Progress of an apply on standard error: one line per step, `[n/N] step … result`, with the
/// step and its error escaped for display.
struct ConsoleApplyDelegate: ApplyDelegate {
    let style = TerminalStyle.for(.standardError)

    func waitingForLock(held lock: AccountLock) {
        Console.current.err("Waiting for the account lock: \(StoreError.lockHeld(lock))")
    }

    func brokeStaleLock(_ lock: AccountLock) {
        Console.current.err(
            "Broke a stale lock \(DisplayText.escaped(lock.id)): its holder (pid \(lock.holder.pid) on \(DisplayText.escaped(lock.holder.host))) is gone.")
    }

    func willExecute(_ step: PlanStep, index: Int, of total: Int) {}

    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {
        let width = String(total).count
        let counter = "[" + String(repeating: " ", count: width - String(index).count) + "\(index)/\(total)]"
        let summary = DisplayText.escaped(step.summary)
        if let error {
            Console.current.err("\(counter) \(summary) \(style.red("failed")): \(CommandFailure.describe(error))")
        } else {
            Console.current.err("\(counter) \(summary) \(style.green("done"))")
        }
    }
}
