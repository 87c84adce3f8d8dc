import Foundation
import PartnerModel
import PartnerPostgres
import PartnerSQLite

/// Opens the store a URL names, and closes it when a command is done.
enum StoreLocator {
    /// Opens a store, runs `body` with it, and closes it however `body` ends.
    ///
    /// - Parameters:
    ///   - url: `sqlite:PATH` or `postgres://…`.
    ///   - create: Whether a missing SQLite file may be created (false for read-only commands).
    ///   - body: Gets the store and whether it was created just now.
    static func with<T>(
        _ url: String, create: Bool, _ body: (any AccountStore, Bool) async throws -> T
    ) async throws -> T {
        let (store, created) = try await open(url, create: create)
        do {
            let result = try await body(store, created)
            await close(store)
            return result
        } catch {
            await close(store)
            throw error
        }
    }

    /// Opens a store; the caller closes it with ``close(_:)``.
    static func open(_ url: String, create: Bool) async throws -> (store: any AccountStore, created: Bool) {
        if let path = sqlitePath(url) {
            guard !path.isEmpty else { throw CommandFailure("the store URL 'sqlite:' names no file", exitCode: ExitStatus.usage) }
            let exists = SQLiteStore.exists(atPath: path)
            if !exists, !create {
                throw CommandFailure("no store at '\(path)'; run 'partnerctl plan' or 'partnerctl apply' to create it")
            }
            return (try SQLiteStore(path: path), !exists)
        }
        if PostgresStore.handles(url: url) {
            return (try await PostgresStore.open(url: url, environment: Console.current.environment), false)
        }
        if url.hasPrefix("https://") {
            throw CommandFailure("the Partner Center API store (\(StoreURL.redacted(url))) is not available in this build yet; "
                + "use sqlite:PATH or postgres://…")
        }
        throw CommandFailure("\(StoreError.badLocation(StoreURL.redacted(url)))", exitCode: ExitStatus.usage)
    }

    /// Opens a store unless it is an SQLite file that does not exist yet.
    static func openIfExists(_ url: String) async throws -> (any AccountStore)? {
        if let path = sqlitePath(url), !SQLiteStore.exists(atPath: path) { return nil }
        return try await open(url, create: false).store
    }

    /// The file a `sqlite:PATH` URL names; nil for other stores.
    private static func sqlitePath(_ url: String) -> String? {
        url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : nil
    }

    /// Shuts a store's connections down.
    static func close(_ store: any AccountStore) async {
        if let postgres = store as? PostgresStore { await postgres.close() }
    }
}
