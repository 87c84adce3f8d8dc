import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM during an apply: the first asks the apply to stop after the step it is
/// running (its outcome journaled, passwords flushed, the summary printed); a second SIGINT
/// stops the process at once, which the journal also survives. (Unchecked Sendable: its
/// sources are set once, in `init`, and only cancelled afterwards.)
final class StopSignals: @unchecked Sendable {
    private final class Received: Sendable {
        let reason = Mutex<String?>(nil)
    }

    private let received = Received()
    private let sources: [any DispatchSourceSignal]

    /// Starts listening; ``stop()`` hands the signals back to their default actions.
    init() {
        let received = self.received
        sources = [(SIGINT, "interrupted (SIGINT)"), (SIGTERM, "terminated (SIGTERM)")].map { number, reason in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let first = received.reason.withLock { current -> Bool in
                    defer { current = current ?? reason }
                    return current == nil
                }
                if first {
                    Console.current.err(
                        "\n\(reason.prefix { $0 != " " }.capitalized): stopping after the current step"
                            + (number == SIGINT ? " (Ctrl-C again stops at once)." : "."))
                } else if number == SIGINT {
                    signal(SIGINT, SIG_DFL)
                    raise(SIGINT)
                }
            }
            source.resume()
            return source
        }
    }

    /// Why to stop, once a signal came.
    var reason: String? { received.reason.withLock { $0 } }

    /// Stops listening.
    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
