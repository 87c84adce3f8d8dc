import ArgumentParser

/// The exit codes every command uses (listed in the README).
enum ExitStatus {
    /// Success; for `plan --detailed-exitcode` and `drift`, no changes.
    static let success = ExitCode(0)
    /// An error: a file could not be read, a store failed, a step failed.
    static let failure = ExitCode(1)
    /// Changes present (only with `--detailed-exitcode`, and for `drift`).
    static let changes = ExitCode(2)
    /// The configuration is invalid.
    static let invalidConfiguration = ExitCode(3)
    /// The account's lock is held by someone else, or a saved plan is stale.
    static let lockedOrStale = ExitCode(4)
    /// The command line is wrong.
    static let usage = ExitCode(64)
}
