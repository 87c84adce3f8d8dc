import ArgumentParser

/// The `partnerctl` command: Partner Center account configuration as code.
public struct Partnerctl: AsyncParsableCommand {
    /// The version `partnerctl --version` prints.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "partnerctl",
        abstract: "Partner Center account configuration as code.",
        discussion: """
            Declare a Partner Center account's profile, users, roles and catalog in a YAML file; \
            validate it, plan the changes against the account, apply them, and detect drift.

            Exit codes: 0 success or no changes, 1 error, 2 changes present (plan \
            --detailed-exitcode, drift), 3 invalid configuration, 4 lock held or stale plan, \
            64 usage error.
            """,
        version: version,
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ShowCommand.self, ApplyCommand.self, DriftCommand.self,
            ExportCommand.self, HistoryCommand.self, UnlockCommand.self, CheckCommand.self, LoginCommand.self,
            LogoutCommand.self, ServeCommand.self,
        ]
    )

    public init() {}
}
