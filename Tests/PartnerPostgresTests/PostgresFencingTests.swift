import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// The lock guards the writes: a step commits only while its apply still holds the account's
/// lock. Several stores on one database stand for several machines.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresFencingTests {
    let tenantId = StoreConformance.account.tenantId
    let steps = StoreConformance.everyKindOfStep

    /// What a step of an apply whose lock's session ended fails with.
    static func sessionEnded(_ lock: AccountLock) -> StoreError {
        .lockLost(
            "lock \(lock.id): its database session has ended (a server or proxy timeout, a dropped connection, "
                + "or 'partnerctl unlock')")
    }

    @Test func aLockSessionCutByTheServersIdleTimeoutStopsTheNextStep() async throws {
        try await TestServer.withStores(1) { stores in
            let store = stores[0]
            let lock = try await store.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 2)
            try await store.execute(steps[1], context: context(applyId, 1))
            let pid = try await TestServer.backendPid(store, of: lock)

            // The lock's session gets the server's idle-session timeout, and sits idle past it.
            let session = try #require(await store.lockSessions.session(tenantId: tenantId))
            try await session.exclusively { try await $0.run("SET idle_session_timeout = '1s'") }
            try await TestServer.waitUntilEnded(pid: pid)

            try await expectNothingWritten(by: store) {
                await #expect(throws: Self.sessionEnded(lock)) {
                    try await store.execute(steps[3], context: context(applyId, 2))
                }
            }
            try await store.releaseLock(lock)
        }
    }

    @Test func theLockSessionOutlivesAnIdleTimeoutSetForTheDatabase() async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            try await TestServer.withStore(url) { store in
                try await store.enroll(StoreConformance.account, offers: StoreConformance.offers)
                // Sessions that start from now on get the timeout: the lock's session, not the
                // pooled one that enrolled (a pooled session cut just as it is used would fail
                // the test for a reason that is not the lock's).
                let database = try TestServer.databaseName(url)
                try await TestServer.admin {
                    try await $0.run(
                        PostgresQuery(unsafeSQL: "ALTER DATABASE \(database) SET idle_session_timeout = '1s'"))
                }
                let lock = try await store.acquireLock(tenantId: tenantId, holder: .ci)
                let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 2)
                try await store.execute(steps[1], context: context(applyId, 1))

                // Proof that the timeout is in force and has had time to act: a session of our
                // own, left idle from the start, is cut. The lock's session has been idle as long.
                var probe = store.settings
                probe.applicationName = "partnerctl_idle_probe"
                let idle = try await PostgresStore.connect(probe, operation: "test")
                try await TestServer.waitUntil("the idle session is cut") {
                    try await TestServer.admin {
                        try await $0.value(
                            """
                            SELECT count(*) FROM pg_stat_activity
                            WHERE application_name = 'partnerctl_idle_probe' AND datname = \(database)
                            """, as: Int64.self)
                    } == 0
                }
                try? await idle.close()

                #expect(try await holdsItsAdvisoryLock(store, lock))
                let session = try #require(await store.lockSessions.session(tenantId: tenantId))
                let settings = try await session.exclusively { connection in
                    try await connection.column(
                        """
                        SELECT name || '=' || setting FROM pg_settings
                        WHERE name IN ('idle_session_timeout', 'tcp_keepalives_idle', 'tcp_keepalives_interval',
                                       'tcp_keepalives_count')
                        ORDER BY name
                        """, as: String.self)
                }
                #expect(
                    settings == [
                        "idle_session_timeout=0", "tcp_keepalives_count=3", "tcp_keepalives_idle=30",
                        "tcp_keepalives_interval=10",
                    ])
                try await store.execute(steps[3], context: context(applyId, 2))
                try await store.finishApply(id: applyId, status: .succeeded)
                let journal = try #require(try await store.history(tenantId: tenantId, limit: 1).first).journal
                #expect(journal.map(\.status) == [.done, .done])
                try await store.releaseLock(lock)
            }
        }
    }

    @Test func aLockBrokenByAnotherStoreStopsTheHoldersNextStep() async throws {
        try await TestServer.withStores(2) { stores in
            let (holder, breaker) = (stores[0], stores[1])
            let lock = try await holder.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await holder.beginApply(tenantId: tenantId, holder: .ci, stepCount: 2)
            try await holder.execute(steps[1], context: context(applyId, 1))

            #expect(try await breaker.breakLock(id: lock.id) == lock)

            try await expectNothingWritten(by: holder) {
                await #expect(throws: Self.sessionEnded(lock)) {
                    try await holder.execute(steps[3], context: context(applyId, 2))
                }
            }
        }
    }

    @Test func aLockBrokenByAnotherStoreStopsTheHoldersNextBatchWritingNoneOfIt() async throws {
        try await TestServer.withStores(2) { stores in
            let (holder, breaker) = (stores[0], stores[1])
            let lock = try await holder.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await holder.beginApply(tenantId: tenantId, holder: .ci, stepCount: 4)
            try await holder.execute(batch: [(steps[0], context(applyId, 1)), (steps[1], context(applyId, 2))])

            #expect(try await breaker.breakLock(id: lock.id) == lock)

            try await expectNothingWritten(by: holder) {
                await #expect(throws: Self.sessionEnded(lock)) {
                    try await holder.execute(
                        batch: [(steps[2], context(applyId, 3)), (steps[3], context(applyId, 4))])
                }
            }
        }
    }

    /// The failure this guards against: A's session dies unseen, B takes the lock, and both
    /// applies carry on and end "succeeded".
    @Test func afterALostLockOnlyTheNewHoldersStepsCommit() async throws {
        try await TestServer.withStores(2) { stores in
            let (first, second) = (stores[0], stores[1])
            let firstLock = try await first.acquireLock(tenantId: tenantId, holder: .ci)
            let firstApply = try await first.beginApply(tenantId: tenantId, holder: .ci, stepCount: 2)
            try await first.execute(steps[0], context: context(firstApply, 1))

            // A load balancer cuts the first holder's connection.
            let pid = try await TestServer.backendPid(first, of: firstLock)
            try await TestServer.outside(first) { try await $0.run("SELECT pg_terminate_backend(\(pid), 10000)") }
            try await TestServer.waitUntilEnded(pid: pid)

            let secondLock = try await second.acquireLock(tenantId: tenantId, holder: .laptop)
            try await second.interruptRunningApplies(tenantId: tenantId)
            let secondApply = try await second.beginApply(tenantId: tenantId, holder: .laptop, stepCount: 2)

            await #expect(throws: Self.sessionEnded(firstLock)) {
                try await first.execute(steps[1], context: context(firstApply, 2))
            }
            try await first.recordFailure(
                applyId: firstApply, index: 2, step: steps[1], error: "\(Self.sessionEnded(firstLock))")
            try await first.finishApply(id: firstApply, status: .failed)

            try await second.execute(steps[1], context: context(secondApply, 1))
            try await second.execute(steps[3], context: context(secondApply, 2))
            try await second.finishApply(id: secondApply, status: .succeeded)

            var expected = AccountState(
                account: StoreConformance.account, offers: StoreConformance.offers.sorted { $0.id < $1.id })
            for step in [steps[0], steps[1], steps[3]] { try expected.apply(step) }
            #expect(try #require(try await second.snapshot(tenantId: tenantId)).state == expected)
            let history = try await second.history(tenantId: tenantId, limit: 10)
            #expect(history.map(\.id) == [secondApply, firstApply])
            #expect(history.map(\.status) == [.succeeded, .failed])
            #expect(history[0].journal.map(\.status) == [.done, .done])
            #expect(history[1].journal.map(\.status) == [.done, .failed])

            // The first holder's late release leaves the second holder's lock alone.
            try await first.releaseLock(firstLock)
            #expect(try await holdsItsAdvisoryLock(second, secondLock))
            try await second.releaseLock(secondLock)
        }
    }

    @Test func aHolderThatLostItsLockDoesNotInterruptTheNewHoldersApply() async throws {
        try await TestServer.withStores(2) { stores in
            let (first, second) = (stores[0], stores[1])
            let firstLock = try await first.acquireLock(tenantId: tenantId, holder: .ci)
            let pid = try await TestServer.backendPid(first, of: firstLock)
            try await TestServer.outside(first) { try await $0.run("SELECT pg_terminate_backend(\(pid), 10000)") }
            try await TestServer.waitUntilEnded(pid: pid)
            let secondLock = try await second.acquireLock(tenantId: tenantId, holder: .laptop)
            let running = try await second.beginApply(tenantId: tenantId, holder: .laptop, stepCount: 1)

            await #expect(throws: Self.sessionEnded(firstLock)) {
                try await first.interruptRunningApplies(tenantId: tenantId)
            }
            let history = try await second.history(tenantId: tenantId, limit: 10)
            #expect(history.map(\.id) == [running])
            #expect(history.map(\.status) == [.running])
            try await second.releaseLock(secondLock)
        }
    }

    @Test func aLockWhoseRowWasRemovedByHandStopsTheNextStep() async throws {
        try await TestServer.withStores(1) { stores in
            let store = stores[0]
            let lock = try await store.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 1)
            try await TestServer.outside(store) { try await $0.run("DELETE FROM partnerctl.locks") }
            try await expectNothingWritten(by: store) {
                await #expect(
                    throws: StoreError.lockLost(
                        "lock \(lock.id): its row in partnerctl.locks is gone (the lock was broken)")
                ) {
                    try await store.execute(steps[1], context: context(applyId, 1))
                }
            }
            try await store.releaseLock(lock)
        }
    }

    @Test func aSessionThatNoLongerHoldsTheAdvisoryLockStopsTheNextStep() async throws {
        try await TestServer.withStores(1) { stores in
            let store = stores[0]
            let lock = try await store.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 1)
            // As when a connection pooler in transaction mode hands the session to someone else.
            let session = try #require(await store.lockSessions.session(tenantId: tenantId))
            let key = AdvisoryLockKey.account(tenantId: tenantId)
            try await session.exclusively { try await $0.run("SELECT pg_advisory_unlock(\(key))") }
            try await expectNothingWritten(by: store) {
                await #expect(
                    throws: StoreError.lockLost(
                        "lock \(lock.id): this database session no longer holds the account's advisory lock "
                            + "(a connection pooler in transaction mode cannot keep a session's lock)")
                ) {
                    try await store.execute(steps[1], context: context(applyId, 1))
                }
            }
            try await store.releaseLock(lock)
        }
    }

    @Test func stepsOfAnApplyWhoseLockWasReleasedAreRefused() async throws {
        try await TestServer.withStores(1) { stores in
            let store = stores[0]
            let lock = try await store.acquireLock(tenantId: tenantId, holder: .ci)
            let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 1)
            try await store.releaseLock(lock)
            try await expectNothingWritten(by: store) {
                await #expect(
                    throws: StoreError.lockLost(
                        "lock \(lock.id) was released or broken by this process before the step")
                ) {
                    try await store.execute(steps[1], context: context(applyId, 1))
                }
            }
        }
    }

    // MARK: - Helpers

    private func context(_ applyId: String, _ index: Int) -> StepContext {
        StepContext(tenantId: tenantId, applyId: applyId, index: index)
    }

    /// Runs `body` and checks that the account's state and its journals are as before.
    private func expectNothingWritten(by store: PostgresStore, _ body: () async throws -> Void) async throws {
        let state = try await store.snapshot(tenantId: tenantId)
        let journal = try await journalRows(store)
        try await body()
        #expect(try await store.snapshot(tenantId: tenantId) == state)
        #expect(try await journalRows(store) == journal)
    }

    private func journalRows(_ store: PostgresStore) async throws -> [String] {
        try await TestServer.outside(store) {
            try await $0.column(
                "SELECT apply_id || ' ' || step_index || ' ' || status FROM partnerctl.journal ORDER BY 1",
                as: String.self)
        }
    }

    /// Whether the lock's row names a live session that holds the account's advisory lock.
    private func holdsItsAdvisoryLock(_ store: PostgresStore, _ lock: AccountLock) async throws -> Bool {
        try await TestServer.outside(store) {
            try await $0.value(
                """
                SELECT \(unescaped: PostgresStore.heldByItsSession) FROM partnerctl.locks l WHERE l.lock_id = \(lock.id)
                """, as: Bool.self)
        } == true
    }
}
