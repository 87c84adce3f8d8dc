import Foundation
import PartnerLive
import PartnerModel
import PartnerPostgres
import PartnerSQLite
import PartnerText

/// Opens the store a URL names, and closes it when a command is done.
enum StoreLocator {
    /// What a command may do to a store.
    enum Access {
        /// Read only: nothing is created, migrated or changed (`plan`, `drift`, `export`,
        /// `history`, `check`).
        case readOnly
        /// Read and write an existing store, bringing its schema up to date (`unlock`).
        case readWrite
        /// Read and write, creating the store when it does not exist (`apply`).
        case create
    }

    /// Opens a store, runs `body` with it, and closes it however `body` ends.
    ///
    /// - Parameter absentLedger: Whether a read-only Partner Center store whose ledger does not
    ///   exist yet opens over an ``AbsentLedger`` (for commands that read accounts: `plan`,
    ///   `drift`, `export`), rather than counting as no store (`history`, `check`).
    /// - Throws: A ``CommandFailure`` naming the store when it does not exist.
    static func with<T>(
        _ url: String, access: Access, absentLedger: Bool = false, _ body: (any AccountStore) async throws -> T
    ) async throws -> T {
        guard let store = try await open(url, access: access, absentLedger: absentLedger).store else {
            throw CommandFailure(
                Message("no store at \(DisplayText.escaped(StoreURL.redacted(url))); 'partnerctl apply' creates it"))
        }
        do {
            let result = try await body(store)
            await close(store)
            return result
        } catch {
            await close(store)
            throw error
        }
    }

    /// Opens a store; the caller closes it with ``close(_:)``.
    ///
    /// - Returns: The store, nil when it does not exist and `access` does not create it; and
    ///   whether it was created just now.
    static func open(_ url: String, access: Access, absentLedger: Bool = false) async throws
        -> (store: (any AccountStore)?, created: Bool)
    {
        if let path = try sqlitePath(url) {
            let exists = SQLiteStore.exists(atPath: path)
            switch (access, exists) {
            case (.create, false): return (try SQLiteStore(path: path, mode: .create), true)
            case (_, false): return (nil, false)
            case (.readOnly, true): return (try SQLiteStore(path: path, mode: .readOnly), false)
            case (_, true): return (try SQLiteStore(path: path, mode: .readWrite), false)
            }
        }
        if PostgresStore.handles(url: url) {
            let environment = Console.current.environment
            if access == .readOnly {
                return (try await PostgresStore.openReadOnly(url: url, environment: environment), false)
            }
            return (try await PostgresStore.open(url: url, environment: environment), false)
        }
        if url.hasPrefix(partnerCenterScheme) {
            return try await openPartnerCenter(url, access: access, absentLedger: absentLedger)
        }
        if url.hasPrefix("https://") {
            throw CommandFailure(
                Message(
                    "the Partner Center store is named partnercenter: (the real endpoints) or partnercenter:URL (one base URL, as 'partnerctl serve' offers), not \(DisplayText.escaped(StoreURL.redacted(url)))"
                ),
                exitCode: ExitStatus.usage)
        }
        throw CommandFailure(StoreError.badLocation(StoreURL.redacted(url)).message, exitCode: ExitStatus.usage)
    }

    /// The file a `sqlite:PATH` URL names, with a leading `~/` expanded to the home folder; nil
    /// for other stores.
    ///
    /// - Throws: A usage ``CommandFailure`` for an empty path, or `~user/…`.
    static func sqlitePath(_ url: String) throws -> String? {
        guard url.hasPrefix("sqlite:") else { return nil }
        let path = String(url.dropFirst("sqlite:".count))
        guard !path.isEmpty else {
            throw CommandFailure(Message("the store URL 'sqlite:' names no file"), exitCode: ExitStatus.usage)
        }
        guard path.hasPrefix("~") else { return path }
        guard path == "~" || path.hasPrefix("~/"), let home = Console.current.environment["HOME"], !home.isEmpty else {
            throw CommandFailure(
                Message(
                    "cannot expand '\(DisplayText.escaped(path.prefix { $0 != "/" }))' in the store URL '\(DisplayText.escaped(url))'; write the folder out in full"
                ),
                exitCode: ExitStatus.usage)
        }
        return home + path.dropFirst()
    }

    /// The files a command must never write over: an SQLite store's file and its companions.
    static func files(of url: String) -> [(path: String, what: String)] {
        guard let path = try? sqlitePath(url) else { return [] }
        return ["", "-wal", "-shm", "-journal"].map { (path + $0, "the store's file '\(path + $0)'") }
    }

    /// Shuts a store's connections down.
    static func close(_ store: any AccountStore) async {
        if let postgres = store as? PostgresStore { await postgres.close() }
        if let live = store as? PartnerCenterStore { await close(live.ledger) }
    }

    // MARK: - Partner Center

    static let partnerCenterScheme = "partnercenter:"
    /// Where `--ledger` travels inside a Partner Center store's URL (see ``StoreOptions/url``).
    static let ledgerMarker = "#ledger="

    /// The Partner Center store's credentials: tokens or a refresh token from the environment,
    /// else the sign-in `partnerctl login` saved (whose renewed refresh token is saved back to its
    /// file), else the app's own id and secret (App-only).
    private static func credentials() throws -> LiveCredentials {
        let console = Console.current
        let environment = console.environment
        let given = LiveCredentials.from(environment: environment)
        if let given {
            if case .clientCredentials = given.kind {} else { return given }
        }
        let file = CredentialsFile.located(environment: environment)
        guard let file, let saved = try savedSignIn(file) else {
            if let given { return given }
            throw CommandFailure(
                Message(
                    "the Partner Center store needs credentials: run 'partnerctl login', or set PARTNERCTL_TOKEN and PARTNERCTL_GRAPH_TOKEN, or PARTNERCTL_CLIENT_ID with PARTNERCTL_REFRESH_TOKEN (and PARTNERCTL_CLIENT_SECRET)"
                ))
        }
        let secret = environment["PARTNERCTL_CLIENT_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
        return LiveCredentials(
            .refreshToken(clientId: saved.clientId, clientSecret: secret, refreshToken: saved.refreshToken),
            hint: "the sign-in saved at \(DisplayText.escaped(file.path)) was refused: run 'partnerctl login' again",
            savedFor: (saved.tenant, saved.authority),
            rotated: { token in
                var renewed = saved
                renewed.refreshToken = token
                renewed.savedAt = Date()
                do {
                    try file.write(renewed)
                } catch {
                    console.err(
                        Message("warning: the renewed sign-in could not be saved: \(CommandFailure.describe(error))"))
                }
            })
    }

    private static func savedSignIn(_ file: CredentialsFile) throws -> SavedSignIn? {
        do {
            return try file.read()
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Opens `partnercenter:[URL]#ledger=LEDGER`: its ledger first (created unless read only; an
    /// ``AbsentLedger`` when read only and it does not exist), then the store over it with the
    /// credentials in the environment or the saved sign-in.
    private static func openPartnerCenter(_ url: String, access: Access, absentLedger: Bool) async throws
        -> (store: (any AccountStore)?, created: Bool)
    {
        let parts = url.dropFirst(partnerCenterScheme.count).components(separatedBy: ledgerMarker)
        let base = parts[0]
        let ledgerURL = parts.count > 1 ? parts[1] : StoreOptions.defaultLedgerURL
        guard base.isEmpty || base.hasPrefix("http://") || base.hasPrefix("https://"),
            !ledgerURL.hasPrefix(partnerCenterScheme)
        else {
            throw CommandFailure(StoreError.badLocation(StoreURL.redacted(url)).message, exitCode: ExitStatus.usage)
        }
        let credentials = try credentials()
        let (opened, created) = try await open(ledgerURL, access: access == .readOnly ? .readOnly : .create)
        let ledger: any StepLedger
        if let opened {
            guard let opened = opened as? any StepLedger else {
                await close(opened)
                throw CommandFailure(
                    "the ledger \(DisplayText.escaped(StoreURL.redacted(ledgerURL))) cannot keep a Partner Center store's journal",
                    exitCode: ExitStatus.usage)
            }
            ledger = opened
        } else {
            guard absentLedger else { return (nil, false) }
            // Read-only before the first apply: the account is read from Partner Center, and
            // nothing is created.
            ledger = AbsentLedger(location: StoreURL.redacted(ledgerURL))
        }
        let endpoints = base.isEmpty ? nil : LiveEndpoints(singleBase: base)
        return (PartnerCenterStore(endpoints: endpoints, credentials: credentials, ledger: ledger), created)
    }
}
