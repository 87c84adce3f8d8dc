import Foundation
import PartnerText
import Synchronization

/// SIGINT and SIGTERM during an apply: the first asks the apply to stop after the step it is
/// running (its outcome journaled, passwords confirmed, the summary printed); a second SIGINT
/// stops the process at once, which the journal also survives.
///
/// A plain signal handler that only stores the signal's number (async-signal-safe), read by the
/// apply between steps: no signal is missed whichever thread it lands on.
final class StopSignals: Sendable {
    /// The first signal received since ``init()``; 0 for none.
    private static let received = Atomic<Int32>(0)
    private let told = Mutex(false)

    /// Starts listening; ``stop()`` hands the signals back to their default actions.
    init() {
        Self.received.store(0, ordering: .sequentiallyConsistent)
        for number in [SIGINT, SIGTERM] {
            signal(number) { number in
                let (first, _) = StopSignals.received.compareExchange(
                    expected: 0, desired: number, ordering: .sequentiallyConsistent)
                if !first, number == SIGINT {
                    signal(SIGINT, SIG_DFL)
                    raise(SIGINT)
                }
            }
        }
    }

    /// Why to stop, once a signal came; the first time, says on stderr that the apply will stop.
    var reason: String? {
        let number = Self.received.load(ordering: .sequentiallyConsistent)
        guard number != 0 else { return nil }
        let reason = number == SIGINT ? "interrupted (SIGINT)" : "terminated (SIGTERM)"
        let first = told.withLock { told in
            defer { told = true }
            return !told
        }
        if first {
            Console.current.err(
                number == SIGINT
                    ? Message("\nInterrupted: stopping after the current step (Ctrl-C again stops at once).")
                    : Message("\nTerminated: stopping after the current step."))
        }
        return reason
    }

    /// Stops listening.
    func stop() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
