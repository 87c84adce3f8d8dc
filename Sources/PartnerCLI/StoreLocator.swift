import Foundation
import PartnerModel
import PartnerSQLite

/// Opens the store a URL names.
enum StoreLocator {
    /// Opens a store.
    ///
    /// - Parameters:
    ///   - url: `sqlite:PATH`, `postgres://…` or `https://…`.
    ///   - create: Whether a missing SQLite file may be created (false for read-only commands).
    /// - Returns: The store, and whether it was created just now.
    static func open(_ url: String, create: Bool) throws -> (store: any AccountStore, created: Bool) {
        if url.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw CommandFailure("the store URL 'sqlite:' names no file", exitCode: ExitStatus.usage) }
            let exists = SQLiteStore.exists(atPath: path)
            if !exists, !create {
                throw CommandFailure("no store at '\(path)'; run 'partnerctl plan' or 'partnerctl apply' to create it")
            }
            return (try SQLiteStore(path: path), !exists)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") || url.hasPrefix("https://") {
            throw CommandFailure("the store '\(redacted(url))' is not supported by this build yet; use sqlite:PATH")
        }
        throw CommandFailure("\(StoreError.badLocation(redacted(url)))", exitCode: ExitStatus.usage)
    }

    /// A store URL without its password: `postgres://ci:secret@db/x` becomes `postgres://ci@db/x`.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = nil
        return components.string ?? url
    }
}
