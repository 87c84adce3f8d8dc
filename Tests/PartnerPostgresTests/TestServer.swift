import Foundation
import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// The PostgreSQL server the tests run against (``TestPostgresServer``), with helpers for
/// databases and sessions.
///
/// Every test gets a database of its own, created for it and dropped after it.
enum TestServer {
    /// The environment stores are opened with (for a `PGPASSWORD` the URL relies on).
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The administration URL's parsed settings.
    static func adminLocation() throws -> PostgresLocation {
        try PostgresLocation(url: try #require(TestPostgresServer.url), environment: environment)
    }

    /// Runs administrative SQL on the administration database.
    @discardableResult
    static func admin<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await PostgresStore.withSession(try adminLocation(), operation: "test administration", body)
    }

    /// Opens a store on a fresh database, hands it to `body`, then closes it and drops the database.
    ///
    /// - Parameter location: The store URL to open, made from the fresh database's (to add
    ///   parameters or change the host).
    static func withFreshStore(
        location: (String) -> String = { $0 }, _ body: (PostgresStore) async throws -> Void
    ) async throws {
        try await TestPostgresServer.withFreshDatabase { url in try await withStore(location(url), body) }
    }

    /// Opens a store, hands it to `body`, and closes it however `body` ends.
    static func withStore(_ url: String, _ body: (PostgresStore) async throws -> Void) async throws {
        let store = try await PostgresStore.open(url: url, environment: environment)
        do {
            try await body(store)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// Opens `count` stores on one fresh database, as `count` machines would, with
    /// ``StoreConformance/account`` enrolled; closes them however `body` ends.
    static func withStores(_ count: Int, _ body: ([PostgresStore]) async throws -> Void) async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            var stores: [PostgresStore] = []
            for _ in 0..<count {
                stores.append(try await PostgresStore.open(url: url, environment: environment))
            }
            do {
                try await stores[0].enroll(StoreConformance.account, offers: StoreConformance.offers)
                try await body(stores)
            } catch {
                for store in stores { await store.close() }
                throw error
            }
            for store in stores { await store.close() }
        }
    }

    /// Runs SQL on a store's database over a connection of its own, as someone outside
    /// partnerctl would.
    @discardableResult
    static func outside<T: Sendable>(
        _ store: PostgresStore, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await PostgresStore.withSession(store.settings, operation: "test", body)
    }
}

extension TestServer {
    /// Waits until `condition` holds, checking every 50 ms, for up to `timeout`: for things the
    /// server does in its own time (ending a session).
    static func waitUntil(
        _ description: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while try await !condition() {
            try #require(ContinuousClock.now < deadline, "still waiting after \(timeout) until \(description)")
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The server process of the session holding a lock, from the lock's row.
    static func backendPid(_ store: PostgresStore, of lock: AccountLock) async throws -> Int32 {
        try #require(
            try await outside(store) {
                try await $0.value(
                    "SELECT backend_pid FROM partnerctl.locks WHERE lock_id = \(lock.id)", as: Int32.self)
            })
    }

    /// Waits until a server process has ended (it is gone from `pg_stat_activity`). Asks from the
    /// administration database, whose sessions no test's settings reach.
    static func waitUntilEnded(pid: Int32) async throws {
        try await waitUntil("session \(pid) has ended") {
            try await admin {
                try await $0.value("SELECT count(*) FROM pg_stat_activity WHERE pid = \(pid)", as: Int64.self)
            } == 0
        }
    }

    /// The database a URL names.
    static func databaseName(_ url: String) throws -> String {
        String(try #require(URLComponents(string: url)?.path.dropFirst()))
    }
}

extension PostgresConnection {
    /// The first column of every row a query returns.
    func column<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws
        -> [Value]
    {
        var values: [Value] = []
        for try await value in try await rows(query).decode(Value.self) { values.append(value) }
        return values
    }
}

/// The holders the tests lock with.
extension LockHolder {
    static let ci = LockHolder(user: "ci", host: "runner-1", pid: 4242, command: "partnerctl apply partner.yaml")
    static let laptop = LockHolder(user: "dev", host: "laptop", pid: 7, command: "partnerctl apply")
}
