import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// The account lock across processes: several stores on one database stand for several machines.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresLockTests {
    let tenantId = StoreConformance.account.tenantId

    @Test func aLockEndsWithItsHoldersConnection() async throws {
        try await TestServer.withStores(2) { stores in
            let (first, second) = (stores[0], stores[1])
            let dead = try await first.acquireLock(tenantId: tenantId, holder: .ci)
            await #expect(throws: StoreError.lockHeld(dead)) {
                try await second.acquireLock(tenantId: tenantId, holder: .laptop)
            }

            // The holder's connection dies (its process was killed, its machine went away).
            let ended = try await TestServer.outside(first) {
                try await $0.value(
                    """
                    SELECT pg_terminate_backend(backend_pid, 10000) FROM partnerctl.locks WHERE lock_id = \(dead.id)
                    """, as: Bool.self)
            }
            #expect(ended == true)

            // The stale row neither blocks the next holder nor is named as the holder.
            let next = try await second.acquireLock(tenantId: tenantId, holder: .laptop)
            #expect(next.id != dead.id)
            #expect(next.holder == .laptop)
            // The dead holder's late release leaves the new holder's lock alone.
            try await first.releaseLock(dead)
            await #expect(throws: StoreError.lockHeld(next)) {
                try await first.acquireLock(tenantId: tenantId, holder: .ci)
            }
            try await second.releaseLock(next)
            try await first.releaseLock(try await first.acquireLock(tenantId: tenantId, holder: .ci))
        }
    }

    @Test func closingAStoreReleasesItsLocks() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let first = try await PostgresStore.open(url: url, environment: TestServer.environment)
            _ = try await first.acquireLock(tenantId: tenantId, holder: .ci)
            await first.close()
            try await TestServer.withStore(url) { second in
                let lock = try await second.acquireLock(tenantId: tenantId, holder: .laptop)
                #expect(try await lockRows(second) == [lock.id])
            }
        }
    }

    @Test func racingAcquirersGetExactlyOneLock() async throws {
        try await TestServer.withStores(4) { stores in
            for round in 1...10 {
                let holders = stores.indices.map {
                    LockHolder(user: "user\($0)", host: "host\($0)", pid: Int32($0), command: "round \(round)")
                }
                let results = await withTaskGroup(of: Result<AccountLock, any Error>.self) { group in
                    for (store, holder) in zip(stores, holders) {
                        group.addTask {
                            do {
                                return .success(try await store.acquireLock(tenantId: tenantId, holder: holder))
                            } catch {
                                return .failure(error)
                            }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let winners = results.compactMap { try? $0.get() }
                try #require(winners.count == 1, "round \(round): \(winners.count) stores got the lock")
                let winner = winners[0]
                for case .failure(let error) in results {
                    #expect(error as? StoreError == .lockHeld(winner), "round \(round)")
                }
                let owner = stores[try #require(holders.firstIndex(of: winner.holder))]
                try await owner.releaseLock(winner)
            }
        }
    }

    @Test func differentAccountsLockInParallel() async throws {
        try await TestServer.withStores(2) { stores in
            let tenants = (1...8).map { "00000000-0000-4000-8000-00000000000\($0)" }
            let locks = try await withThrowingTaskGroup(of: (PostgresStore, AccountLock).self) { group in
                for (offset, tenant) in tenants.enumerated() {
                    let store = stores[offset % stores.count]
                    group.addTask { (store, try await store.acquireLock(tenantId: tenant, holder: .ci)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(locks.map(\.1.tenantId)) == Set(tenants))
            for (store, lock) in locks { try await store.releaseLock(lock) }
            #expect(try await lockRows(stores[0]) == [])
        }
    }

    @Test func breakingALockEndsItsHoldersSession() async throws {
        try await TestServer.withStores(2) { stores in
            let (holder, breaker) = (stores[0], stores[1])
            let lock = try await holder.acquireLock(tenantId: tenantId, holder: .ci)
            #expect(try await breaker.breakLock(id: lock.id) == lock)
            let next = try await breaker.acquireLock(tenantId: tenantId, holder: .laptop)
            try await holder.releaseLock(lock)
            #expect(try await lockRows(holder) == [next.id])
            await #expect(throws: StoreError.noSuchLock(lock.id)) { try await breaker.breakLock(id: lock.id) }
        }
    }

    @Test func aStaleLockCanBeBroken() async throws {
        try await TestServer.withStores(2) { stores in
            let lock = try await stores[0].acquireLock(tenantId: tenantId, holder: .ci)
            try await TestServer.outside(stores[0]) {
                try await $0.run(
                    "SELECT pg_terminate_backend(backend_pid, 10000) FROM partnerctl.locks WHERE lock_id = \(lock.id)")
            }
            #expect(try await stores[1].breakLock(id: lock.id) == lock)
            #expect(try await lockRows(stores[1]) == [])
        }
    }

    @Test func aLockHeldWithoutAHolderRowIsReportedAfterWaitingForTheRow() async throws {
        try await TestServer.withStores(1) { stores in
            // Someone outside partnerctl holds the account's advisory lock and writes no row.
            let key = AdvisoryLockKey.account(tenantId: tenantId)
            try await TestServer.outside(stores[0]) { session in
                try await session.run("SELECT pg_advisory_lock(\(key))")
                let started = ContinuousClock.now
                await #expect(
                    throws: StoreError.backend(
                        operation: "postgres acquire lock",
                        message:
                            "the account's advisory lock (key \(key)) is held by a session that recorded no holder; "
                            + "try again, or look for it in pg_locks")
                ) {
                    try await stores[0].acquireLock(tenantId: tenantId, holder: .ci)
                }
                #expect(ContinuousClock.now - started >= PostgresStore.holderRowWait)
            }
            // Once that session ends, the lock can be taken.
            try await stores[0].releaseLock(try await stores[0].acquireLock(tenantId: tenantId, holder: .ci))
        }
    }

    // MARK: - Helpers

    private func lockRows(_ store: PostgresStore) async throws -> [String] {
        try await TestServer.outside(store) {
            try await $0.column("SELECT lock_id FROM partnerctl.locks ORDER BY lock_id", as: String.self)
        }
    }
}
