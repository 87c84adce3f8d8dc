import ArgumentParser

/// `--store URL`, shared by every command that reads or changes an account.
struct StoreOptions: ParsableArguments {
    /// The default store: an SQLite file in the current folder.
    static let defaultURL = "sqlite:.partnerctl/account.db"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: sqlite:PATH, postgres://…, or partnercenter:[URL] for Partner Center itself (default: $PARTNERCTL_STORE, else \(defaultURL)).",
            valueName: "url"))
    var store: String?

    /// The default ledger of a Partner Center store: an SQLite file in the current folder.
    static let defaultLedgerURL = "sqlite:.partnerctl/ledger.db"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where a partnercenter: store keeps its lock, applies and journal: sqlite:PATH or postgres://… "
                + "(default: $PARTNERCTL_LEDGER, else \(defaultLedgerURL)).",
            valueName: "url"))
    var ledger: String?

    /// The store URL in effect: the flag, else `PARTNERCTL_STORE`, else the default; a
    /// Partner Center store's carries its ledger (`partnercenter:URL#ledger=LEDGER`).
    var url: String {
        withLedger(
            store ?? Console.current.environment["PARTNERCTL_STORE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? Self.defaultURL)
    }

    /// `url` with the ledger in effect when it names a Partner Center store without one.
    func withLedger(_ url: String) -> String {
        guard url.hasPrefix(StoreLocator.partnerCenterScheme), !url.contains(StoreLocator.ledgerMarker) else {
            return url
        }
        let ledger =
            ledger ?? Console.current.environment["PARTNERCTL_LEDGER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.defaultLedgerURL
        return url + StoreLocator.ledgerMarker + ledger
    }
}
