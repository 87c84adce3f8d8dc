import Foundation
import PartnerEngine
import PartnerModel
import PartnerText
import Synchronization

/// Progress of an apply on standard error, with the step and its error escaped for display.
///
/// Not on a terminal (a CI log, a file): one line per step, `[n/N] step … result`. On a terminal:
/// one line redrawn at most ten times a second — steps done of all, the rate, and the time left —
/// with a line of its own for each failed step, so a long apply neither floods the screen nor
/// looks stuck.
final class ConsoleApplyDelegate: ApplyDelegate {
    private let style = TerminalStyle.for(.standardError)
    private let console = Console.current
    private let live: Bool
    private let progress = Mutex<(start: ContinuousClock.Instant?, drawn: ContinuousClock.Instant?, finished: Int)>(
        (nil, nil, 0))

    init() {
        live = console.isTerminal(.standardError)
    }

    func waitingForLock(held lock: AccountLock) {
        console.err(Message("Waiting for the account lock: \(StoreError.lockHeld(lock))"))
    }

    func brokeStaleLock(_ lock: AccountLock) {
        console.err(
            Message(
                "Broke a stale lock \(DisplayText.escaped(lock.id)): its holder (pid \(lock.holder.pid) on \(DisplayText.escaped(lock.holder.host))) is gone."
            ))
    }

    func willExecute(_ step: PlanStep, index: Int, of total: Int) {
        progress.withLock { if $0.start == nil { $0.start = .now } }
    }

    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {
        let width = String(total).count
        let counter = "[" + String(repeating: " ", count: width - String(index).count) + "\(index)/\(total)]"
        let summary = DisplayText.escaped(step.summary)
        let line =
            error.map {
                "\(counter) \(summary) \(style.red(Message("failed").localized)): \(CommandFailure.describe($0))"
            }
            ?? "\(counter) \(summary) \(style.green(Message("done").localized))"
        guard live else { return console.err(line) }
        let now = ContinuousClock.now
        // Steps finish out of plan order when several run at once: the count, not the index, is
        // how far the apply is.
        let (start, due, finished) = progress.withLock { state -> (ContinuousClock.Instant, Bool, Int) in
            state.finished += 1
            let due =
                error != nil || state.finished == total || state.drawn.map { now - $0 >= .milliseconds(100) } ?? true
            if due { state.drawn = now }
            return (state.start ?? now, due, state.finished)
        }
        guard due else { return }
        if error != nil { return console.write("\r\u{1B}[K" + line + "\n", .standardError) }
        let status = Self.status(done: finished, of: total, elapsed: now - start) + "  " + summary
        console.write("\r\u{1B}[K" + status + (finished == total ? "\n" : ""), .standardError)
    }

    /// `1200/3000 steps  850/s  about 2 s left`.
    static func status(done: Int, of total: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var text = Message("\(done)/\(total) steps").localized
        guard seconds > 0.05, done < total else { return text }
        let rate = Double(done) / seconds
        text += rate >= 10 ? "  \(Int(rate.rounded()))/s" : String(format: "  %.1f/s", rate)
        let left = Double(total - done) / max(rate, 0.001)
        let secondsLeft = Int(left.rounded(.up))
        text +=
            "  "
            + (left < 60
            ? Message("about \(secondsLeft) s left") : Message("about \(Int(left / 60)) min \(Int(left) % 60) s left"))
            .localized
        return text
    }
}
