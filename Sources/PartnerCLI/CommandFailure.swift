import ArgumentParser
import PartnerConfig
import PartnerLive
import PartnerModel
import PartnerText

/// A command that cannot go on: what to tell the user, and the exit code.
struct CommandFailure: Error {
    /// The message, printed as `error: message`: display text, so every value it quotes is
    /// escaped with `DisplayText.escaped` where the message is made.
    var message: String { text.description }
    /// The message as the user reads it, translated (``Console/language``) when written as a ``Message``.
    let text: Message
    /// The exit code.
    let exitCode: ExitCode

    /// A failure whose message is text made elsewhere (shown as it is, in every language).
    init(_ message: String, exitCode: ExitCode = ExitStatus.failure) {
        self.init(Message(verbatim: message), exitCode: exitCode)
    }

    /// A failure with a message translated into the reader's language.
    init(_ message: Message, exitCode: ExitCode = ExitStatus.failure) {
        self.text = message
        self.exitCode = exitCode
    }

    /// The failure for an error from a store or the engine: a held lock is exit 4, the rest exit 1.
    init(_ error: any Error) {
        if let failure = error as? CommandFailure {
            self = failure
        } else if case StoreError.lockHeld(let lock) = error {
            self.init(
                Message(
                    "\(Self.describe(error))\nhint: if that apply is no longer running, break its lock with 'partnerctl unlock \(DisplayText.escaped(lock.id))'"
                ),
                exitCode: ExitStatus.lockedOrStale)
        } else {
            self.init(Self.describe(error))
        }
    }

    /// An error's description as display text. Errors that quote values (``ValueQuotingError``:
    /// store, step and applier errors) escape them, in the reader's language; a failure's message
    /// is display text already; any other error's description (a database driver's, Foundation's)
    /// is escaped whole.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let failure as CommandFailure: failure.text.localized
        case let error as any ValueQuotingError: error.message(quoting: DisplayText.escaped).localized
        case let error as ConfigReadError: DisplayText.escaped(error.message.localized)
        case is SignInError, is CredentialsFileError: "\(error)"
        default: DisplayText.escaped("\(error)")
        }
    }
}
