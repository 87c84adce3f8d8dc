import ArgumentParser
import Foundation
import PartnerConfig
import PartnerModel

/// A valid configuration together with the store holding its account: what `plan`, `apply`
/// and `drift` all start from.
struct AccountSession {
    let loaded: LoadedConfig
    let config: AccountConfig
    let store: any AccountStore
    let storeURL: String

    /// Loads and validates a configuration, then opens its store.
    ///
    /// Invalid files print their diagnostics and exit 3 before any store is touched.
    ///
    /// - Parameter create: Whether a missing store may be created and the account enrolled.
    static func open(config path: String, storeURL: String, create: Bool) async throws -> AccountSession {
        let loaded: LoadedConfig
        do {
            loaded = try ConfigLoader.load(path: path)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard let config = loaded.config else {
            let formatter = DiagnosticFormatter(style: .for(.standardError))
            Console.current.write(formatter.render(loaded.diagnostics, source: loaded.source), .standardError)
            throw ExitStatus.invalidConfiguration
        }
        let (store, created) = try await StoreLocator.open(storeURL, create: create)
        if created { Console.current.err("Created store \(StoreLocator.redacted(storeURL)).") }
        return AccountSession(loaded: loaded, config: config, store: store, storeURL: StoreLocator.redacted(storeURL))
    }

    /// Opens a session, runs `body` with it, and closes the store however `body` ends.
    static func with<T>(
        config path: String, storeURL: String, create: Bool, _ body: (AccountSession) async throws -> T
    ) async throws -> T {
        let session = try await open(config: path, storeURL: storeURL, create: create)
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
        if let snapshot = try await store.snapshot(tenantId: account.tenantId) {
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
