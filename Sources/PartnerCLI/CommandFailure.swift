import ArgumentParser
import PartnerModel

/// A command that cannot go on: what to tell the user, and the exit code.
struct CommandFailure: Error {
    /// The message, printed as `error: message`.
    let message: String
    /// The exit code.
    let exitCode: ExitCode

    init(_ message: String, exitCode: ExitCode = ExitStatus.failure) {
        self.message = message
        self.exitCode = exitCode
    }

    /// The failure for an error from a store or the engine: a held lock is exit 4, the rest exit 1.
    init(_ error: any Error) {
        if let failure = error as? CommandFailure {
            self = failure
        } else if case StoreError.lockHeld = error {
            self.init("\(error)", exitCode: ExitStatus.lockedOrStale)
        } else {
            self.init("\(error)")
        }
    }
}
