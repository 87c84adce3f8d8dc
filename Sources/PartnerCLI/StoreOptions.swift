import ArgumentParser

/// `--store URL`, shared by every command that reads or changes an account.
struct StoreOptions: ParsableArguments {
    /// The default store: an SQLite file in the current folder.
    static let defaultURL = "sqlite:.partnerctl/account.db"

    @Option(name: .long, help: ArgumentHelp(
        "The store: sqlite:PATH, postgres://… or https://… (default: $PARTNERCTL_STORE, else \(defaultURL)).",
        valueName: "url"))
    var store: String?

    /// The store URL in effect: the flag, else `PARTNERCTL_STORE`, else the default.
    var url: String {
        store ?? Console.current.environment["PARTNERCTL_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultURL
    }
}
