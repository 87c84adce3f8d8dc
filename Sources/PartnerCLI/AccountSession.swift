import ArgumentParser
import Foundation
import PartnerConfig
import PartnerLive
import PartnerModel
import PartnerText
import PartnerYAML

/// A valid configuration together with the store holding its account: what `plan`, `apply`
/// and `drift` all start from.
struct AccountSession {
    let loaded: LoadedConfig
    let config: AccountConfig
    /// The store; nil when it does not exist yet (only for read-only commands).
    let store: (any AccountStore)?
    let storeURL: String
    /// The account's state, read while the file was being checked; see ``open(config:storeURL:access:readAhead:)``.
    var readAhead: AccountSnapshot? = nil

    /// Loads and validates a configuration, then opens its store.
    ///
    /// Invalid files print their diagnostics and exit 3 before anything is written to a store.
    ///
    /// - Parameters:
    ///   - access: What the command may do to the store (``StoreLocator/Access``).
    ///   - readAhead: Whether to read the account's state while the rest of the file is
    ///     decoded and validated, from the moment its `account` section has been parsed: for
    ///     commands that read without the account's lock
    ///     (`plan`). Only a store that exists already is read ahead, and only used when the file
    ///     is valid.
    static func open(
        config path: String, storeURL: String, access: StoreLocator.Access, readAhead: Bool = false,
        maxInputSize: Int = SourceFile.defaultMaxSize
    ) async throws -> AccountSession {
        let source: SourceFile
        do {
            source = try SourceFile(contentsOf: path, maxSize: maxInputSize)
        } catch {
            throw CommandFailure(error)
        }
        // The read starts as soon as the account is known: usually before the users are decoded.
        var early: Task<(store: (any AccountStore)?, snapshot: AccountSnapshot?), any Error>?
        let parsed = ConfigLoader.parse(
            source,
            accountFound: readAhead
                ? { account in early = Task { try await Self.readAhead(storeURL, tenantId: account.tenantId) } } : nil)
        let loaded = parsed.load()
        guard let config = loaded.config else {
            let formatter = DiagnosticFormatter(style: .for(.standardError))
            Console.current.write(formatter.render(loaded.diagnostics, source: loaded.source), .standardError)
            early?.cancel()
            if let opened = try? await early?.value, let store = opened.store { await StoreLocator.close(store) }
            throw ExitStatus.invalidConfiguration
        }
        let location = StoreURL.redacted(storeURL)
        // A store that cannot be opened fails here, once: not again (and after another
        // connection timeout) on the ordinary path.
        if let opened = try await early?.value {
            return AccountSession(
                loaded: loaded, config: config, store: opened.store, storeURL: location,
                readAhead: opened.snapshot)
        }
        let (store, created) = try await StoreLocator.open(storeURL, access: access, absentLedger: true)
        if created { Console.current.err(Message("Created store \(location).")) }
        return AccountSession(loaded: loaded, config: config, store: store, storeURL: location)
    }

    /// Opens a store read-only and reads an account from it; a nil store when there is none
    /// yet. A failed read leaves the snapshot nil, for the ordinary path to meet again and report.
    private static func readAhead(_ url: String, tenantId: String) async throws
        -> (store: (any AccountStore)?, snapshot: AccountSnapshot?)
    {
        guard let store = try await StoreLocator.open(url, access: .readOnly, absentLedger: true).store else {
            return (nil, nil)
        }
        return (store, try? await store.snapshot(tenantId: tenantId))
    }

    /// Opens a session, runs `body` with it, and closes the store however `body` ends.
    static func with<T>(
        config path: String, storeURL: String, access: StoreLocator.Access, readAhead: Bool = false,
        maxInputSize: Int = SourceFile.defaultMaxSize, _ body: (AccountSession) async throws -> T
    ) async throws -> T {
        let session = try await open(
            config: path, storeURL: storeURL, access: access, readAhead: readAhead, maxInputSize: maxInputSize)
        do {
            let result = try await body(session)
            if let store = session.store { await StoreLocator.close(store) }
            return result
        } catch {
            if let store = session.store { await StoreLocator.close(store) }
            throw error
        }
    }

    /// What to do when the store does not hold the account.
    enum Absent {
        /// Enroll it (`apply`).
        case enroll
        /// Plan against the account as enrolling would make it, changing nothing (`plan`).
        case assumeEmpty
        /// Fail (`drift`).
        case fail
    }

    /// The account's current state. When the store does not hold the account (or does not
    /// exist), `absent` says whether to enroll it, assume the state enrolling would give it, or
    /// fail. A store whose history knows the account but whose state does not was emptied or
    /// damaged: that is refused, never enrolled afresh.
    func snapshot(_ absent: Absent) async throws -> AccountSnapshot {
        let account = config.account
        guard let store else {
            guard absent == .assumeEmpty else {
                throw CommandFailure(
                    Message("no store at \(DisplayText.escaped(storeURL)); 'partnerctl apply' creates it"))
            }
            return AccountSnapshot(state: Self.enrolled(account), storeIdentity: "")
        }
        let found: AccountSnapshot?
        if let readAhead { found = readAhead } else { found = try await store.snapshot(tenantId: account.tenantId) }
        if let snapshot = found {
            let stored = snapshot.state.account
            guard stored.cloud == account.cloud, stored.domain == account.domain else {
                throw CommandFailure(
                    Message(
                        "the store holds tenant \(DisplayText.escaped(account.tenantId)) as \(stored.cloud.rawValue) cloud, domain '\(DisplayText.escaped(stored.domain))'; the configuration says \(account.cloud.rawValue), '\(DisplayText.escaped(account.domain))'"
                    ))
            }
            return snapshot
        }
        if try await !store.history(tenantId: account.tenantId, limit: 1).isEmpty {
            throw StoreError.damaged(
                "\(storeURL) has applies recorded for tenant \(account.tenantId) but no account: it was emptied "
                    + "or damaged, and partnerctl will not enroll the account afresh")
        }
        // An account that lives outside the store (Partner Center) is read by the configuration's
        // identity before the ledger has a record of it; nothing is written.
        if absent != .enroll, let live = try await store.snapshot(unenrolled: account) { return live }
        switch absent {
        case .fail:
            throw CommandFailure(
                Message(
                    "\(StoreError.notEnrolled(tenantId: account.tenantId).message) (\(DisplayText.escaped(storeURL)))"))
        case .assumeEmpty:
            return AccountSnapshot(state: Self.enrolled(account), storeIdentity: store.identity)
        case .enroll:
            try await Self.enroll(account, in: store)
            return try await AccountSession(loaded: loaded, config: config, store: store, storeURL: storeURL)
                .snapshot(.fail)
        }
    }

    /// Enrolls an account with its cloud's catalog, and says so on stderr.
    static func enroll(_ account: AccountIdentity, in store: any AccountStore) async throws {
        let catalog = OfferCatalog.builtIn(for: account.cloud)
        do {
            try await store.enroll(account, offers: catalog.offers)
            if store is PartnerCenterStore {
                Console.current.err(
                    Message(
                        "Registered account \(account.tenantId) (\(account.cloud.label), \(account.domain)) with the ledger; its state is read from Partner Center."
                    ))
                return
            }
            Console.current.err(
                Message(
                    "Enrolled account \(account.tenantId) (\(account.cloud.label), \(account.domain)) with \(catalog.offers.count) catalog offers and no users."
                ))
        } catch {
            // Another process sharing the store may have enrolled the account a moment earlier.
            guard try await store.snapshot(tenantId: account.tenantId) != nil else { throw error }
        }
    }

    /// The state an account has right after enrolling: no profile, no users, its cloud's
    /// catalog all visible.
    static func enrolled(_ account: AccountIdentity) -> AccountState {
        AccountState(account: account, offers: OfferCatalog.builtIn(for: account.cloud).offers)
    }

    /// The SHA-256 of the configuration file's bytes, as `sha256:…`.
    var configHash: String {
        ContentHash.sha256(loaded.source)
    }
}
