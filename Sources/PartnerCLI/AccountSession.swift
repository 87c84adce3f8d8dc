import ArgumentParser
import Foundation
import PartnerConfig
import PartnerModel
import PartnerYAML

/// A valid configuration together with the store holding its account: what `plan`, `apply`
/// and `drift` all start from.
struct AccountSession {
    let loaded: LoadedConfig
    let config: AccountConfig
    let store: any AccountStore
    let storeURL: String
    /// The account's state, read while the file was being checked; see ``open(config:storeURL:create:readAhead:)``.
    var readAhead: AccountSnapshot? = nil

    /// Loads and validates a configuration, then opens its store.
    ///
    /// Invalid files print their diagnostics and exit 3 before anything is written to a store.
    ///
    /// - Parameters:
    ///   - create: Whether a missing store may be created and the account enrolled.
    ///   - readAhead: Whether to read the account's state while the file is decoded and
    ///     validated, on the second core: for commands that read without the account's lock
    ///     (`plan`). Only a store that exists already is read ahead, and only used when the file
    ///     is valid.
    static func open(config path: String, storeURL: String, create: Bool, readAhead: Bool = false) async throws
        -> AccountSession
    {
        let parsed: ParsedConfig
        do {
            parsed = ConfigLoader.parse(try SourceFile(contentsOf: path))
        } catch {
            throw CommandFailure("\(error)")
        }
        let early = readAhead ? parsed.declaredAccount.map { account in
            Task { try await Self.readAhead(storeURL, tenantId: account.tenantId) }
        } : nil
        let loaded = parsed.load()
        guard let config = loaded.config else {
            let formatter = DiagnosticFormatter(style: .for(.standardError))
            Console.current.write(formatter.render(loaded.diagnostics, source: loaded.source), .standardError)
            early?.cancel()
            if let opened = try? await early?.value { await StoreLocator.close(opened.store) }
            throw ExitStatus.invalidConfiguration
        }
        let location = StoreURL.redacted(storeURL)
        // A store that cannot be opened fails here, once: not again (and after another
        // connection timeout) on the ordinary path.
        if let opened = try await early?.value {
            return AccountSession(loaded: loaded, config: config, store: opened.store, storeURL: location,
                                  readAhead: opened.snapshot)
        }
        let (store, created) = try await StoreLocator.open(storeURL, create: create)
        if created { Console.current.err("Created store \(location).") }
        return AccountSession(loaded: loaded, config: config, store: store, storeURL: location)
    }

    /// Opens a store that exists already and reads an account from it; nil when there is no
    /// store yet. A failed read leaves the snapshot nil, for the ordinary path to meet again
    /// and report.
    private static func readAhead(_ url: String, tenantId: String) async throws
        -> (store: any AccountStore, snapshot: AccountSnapshot?)?
    {
        guard let store = try await StoreLocator.openIfExists(url) else { return nil }
        return (store, try? await store.snapshot(tenantId: tenantId))
    }

    /// Opens a session, runs `body` with it, and closes the store however `body` ends.
    static func with<T>(
        config path: String, storeURL: String, create: Bool, readAhead: Bool = false,
        _ body: (AccountSession) async throws -> T
    ) async throws -> T {
        let session = try await open(config: path, storeURL: storeURL, create: create, readAhead: readAhead)
        do {
            let result = try await body(session)
            await StoreLocator.close(session.store)
            return result
        } catch {
            await StoreLocator.close(session.store)
            throw error
        }
    }

    /// The account's current state; enrolls the account first when the store does not have it
    /// and `enroll` allows.
    func snapshot(enroll: Bool) async throws -> AccountSnapshot {
        let account = config.account
        let found: AccountSnapshot?
        if let readAhead { found = readAhead } else { found = try await store.snapshot(tenantId: account.tenantId) }
        if let snapshot = found {
            let stored = snapshot.state.account
            guard stored.cloud == account.cloud, stored.domain == account.domain else {
                throw CommandFailure(
                    "the store holds tenant \(account.tenantId) as \(stored.cloud.rawValue) cloud, domain '\(stored.domain)'; "
                        + "the configuration says \(account.cloud.rawValue), '\(account.domain)'")
            }
            return snapshot
        }
        guard enroll else {
            throw CommandFailure("\(StoreError.notEnrolled(tenantId: account.tenantId)) (\(storeURL))")
        }
        let catalog = OfferCatalog.builtIn(for: account.cloud)
        do {
            try await store.enroll(account, offers: catalog.offers)
            Console.current.err(
                "Enrolled account \(account.tenantId) (\(account.cloud.displayName), \(account.domain)) "
                    + "with \(catalog.offers.count) catalog offers and no users.")
        } catch {
            // Another process sharing the store may have enrolled the account a moment earlier.
            guard try await store.snapshot(tenantId: account.tenantId) != nil else { throw error }
        }
        return try await snapshot(enroll: false)
    }

    /// The SHA-256 of the configuration file's bytes, as `sha256:…`.
    var configHash: String {
        ContentHash.sha256(loaded.source.bytes)
    }
}
