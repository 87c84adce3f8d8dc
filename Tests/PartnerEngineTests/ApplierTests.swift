import Foundation
import PartnerEngine
import PartnerModel
import PartnerTestSupport
import Synchronization
import Testing

/// Records what an apply told its delegate.
final class RecordingDelegate: ApplyDelegate {
    let events = Mutex<[String]>([])

    func waitingForLock(held lock: AccountLock) { events.withLock { $0.append("waiting for \(lock.holder.user)") } }
    func brokeStaleLock(_ lock: AccountLock) { events.withLock { $0.append("broke \(lock.holder.pid)") } }
    func willExecute(_ step: PlanStep, index: Int, of total: Int) {}
    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {
        events.withLock { $0.append("\(index)/\(total) \(step.summary) \(error == nil ? "done" : "failed")") }
    }
}

@Suite struct ApplierTests {
    static let account = StoreConformance.account
    static let holder = LockHolder(user: "ci", host: ProcessInfo.processInfo.hostName, pid: getpid(), command: "test")
    static let plan = Plan(account: account, steps: Array(StoreConformance.everyKindOfStep.prefix(4)))

    func enrolledStore() async throws -> InMemoryStore {
        let store = InMemoryStore()
        try await store.enroll(Self.account, offers: StoreConformance.offers)
        return store
    }

    @Test func executesEveryStepInOrderAndRecordsIt() async throws {
        let store = try await enrolledStore()
        let delegate = RecordingDelegate()
        let applier = Applier(store: store, holder: Self.holder, delegate: delegate)
        let report = try await applier.withLock(tenantId: Self.account.tenantId) {
            try await applier.execute(Self.plan, passwords: MemoryPasswords())
        }
        #expect(report.succeeded)
        #expect(report.done == Self.plan.steps)
        #expect(delegate.events.withLock { $0 }.count == 4)
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.status == .succeeded)
        #expect(record.journal.map(\.status) == [.done, .done, .done, .done])
        _ = try await store.acquireLock(tenantId: Self.account.tenantId, holder: Self.holder)
    }

    @Test func stopsAtTheFirstFailureAndReportsWhatWasNotStarted() async throws {
        let store = FailingStore(wrapping: try await enrolledStore(), failingStep: 3)
        let delegate = RecordingDelegate()
        let passwords = MemoryPasswords()
        let report = try await Applier(store: store, holder: Self.holder, delegate: delegate).execute(
            Self.plan, passwords: passwords)
        // Both creates' passwords were on record before the first ran; the failed one says so.
        #expect(
            passwords.lines == [
                "li.wei@contoso.partner.onmschina.cn pending", "Zhang.Min@contoso.partner.onmschina.cn pending",
                "li.wei@contoso.partner.onmschina.cn created", "Zhang.Min@contoso.partner.onmschina.cn refused",
            ])
        #expect(report.done == Array(Self.plan.steps.prefix(2)))
        #expect(report.failure?.step == Self.plan.steps[2])
        #expect(report.failure?.error == "test user.create: injected failure")
        #expect(report.notStarted == [Self.plan.steps[3]])
        #expect(delegate.events.withLock { $0 }.last == "3/4 \(Self.plan.steps[2].summary) failed")
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.status == .failed)
        #expect(record.journal.map(\.status) == [.done, .done, .failed])
    }

    @Test func aStoppedApplyFinishesItsStepAndMarksTheRestSkipped() async throws {
        let store = try await enrolledStore()
        let passwords = MemoryPasswords()
        let asked = Mutex(0)
        let report = try await Applier(store: store, holder: Self.holder, delegate: RecordingDelegate())
            .execute(Self.plan, passwords: passwords) {
                asked.withLock {
                    $0 += 1; return $0 == 3 ? "terminated" : nil
                }
            }
        #expect(report.done == Array(Self.plan.steps.prefix(2)))
        #expect(report.stopReason == "terminated")
        #expect(report.notStarted == Array(Self.plan.steps.suffix(2)))
        #expect(passwords.lines.last == "Zhang.Min@contoso.partner.onmschina.cn skipped")
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.status == .interrupted)
    }

    @Test func aHeldLockIsWaitedForThenReportedWithItsHolder() async throws {
        let store = try await enrolledStore()
        let other = LockHolder(user: "dev", host: Self.holder.host, pid: getpid(), command: "partnerctl apply")
        _ = try await store.acquireLock(tenantId: Self.account.tenantId, holder: other)
        let delegate = RecordingDelegate()
        let applier = Applier(
            store: store, holder: Self.holder,
            lockPolicy: LockPolicy(timeout: .milliseconds(300), pollInterval: .milliseconds(50)), delegate: delegate)
        await #expect {
            try await applier.withLock(tenantId: Self.account.tenantId) {}
        } throws: { error in
            guard case StoreError.lockHeld(let lock) = error else { return false }
            return lock.holder == other
        }
        #expect(delegate.events.withLock { $0 } == ["waiting for dev"])
    }

    @Test func aLockLeftByADeadProcessOnThisHostIsBroken() async throws {
        let store = try await enrolledStore()
        let dead = LockHolder(user: "ci", host: Self.holder.host, pid: Int32.max - 1, command: "partnerctl apply")
        _ = try await store.acquireLock(tenantId: Self.account.tenantId, holder: dead)
        let delegate = RecordingDelegate()
        let applier = Applier(store: store, holder: Self.holder, delegate: delegate)
        try await applier.withLock(tenantId: Self.account.tenantId) {}
        #expect(delegate.events.withLock { $0 } == ["broke \(Int32.max - 1)"])
    }

    /// A PostgreSQL lock ends with its holder's connection, so nobody breaks it: the next
    /// holder closes what the dead one left running.
    @Test func appliesLeftRunningAreMarkedInterruptedByTheNextHolder() async throws {
        let store = try await enrolledStore()
        let elsewhere = LockHolder(user: "ci", host: "runner-7", pid: 99, command: "partnerctl apply")
        let orphan = try await store.beginApply(tenantId: Self.account.tenantId, holder: elsewhere, stepCount: 3)
        let applier = Applier(store: store, holder: Self.holder, delegate: RecordingDelegate())
        try await applier.withLock(tenantId: Self.account.tenantId) {}
        let records = try await store.history(tenantId: Self.account.tenantId, limit: 5)
        #expect(records.map(\.id) == [orphan])
        #expect(records.map(\.status) == [.interrupted])
    }

    /// The journal keeps a failed step's error as the store said it, unescaped: history escapes
    /// it once, when it shows it (escaping here too doubled every backslash on screen).
    @Test func aFailedStepsErrorIsJournaledUnescapedWithWhatTheApplyWasMadeFrom() async throws {
        let store = try await enrolledStore()
        let offer = "MS-\u{1B}[31m\\evil"
        let plan = Plan(account: Self.account, steps: [PlanStep(kind: .catalogHide, target: offer, reason: "test")])
        let origin = ApplyOrigin(configHash: "sha256:" + String(repeating: "ab", count: 32), partnerctlVersion: "9.9.9")
        let applier = Applier(store: store, holder: Self.holder, delegate: RecordingDelegate())
        let report = try await applier.withLock(tenantId: Self.account.tenantId) {
            try await applier.execute(plan, origin: origin)
        }
        let shown = try #require(report.failure).error
        #expect(
            shown
                == #"step 'catalog.hide MS-\u{1B}[31m\\evil' was rejected: offer 'MS-\u{1B}[31m\\evil' is not in the catalog"#
        )
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.origin == origin)
        #expect(
            record.journal.map(\.error) == [
                "step 'catalog.hide \(offer)' was rejected: offer '\(offer)' is not in the catalog"
            ])
        #expect(DisplayText.escaped(try #require(record.journal.first?.error)) == shown)
    }

    @Test func theLockIsReleasedWhenTheBodyThrows() async throws {
        let store = try await enrolledStore()
        let applier = Applier(store: store, holder: Self.holder, delegate: RecordingDelegate())
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await applier.withLock(tenantId: Self.account.tenantId) { throw Boom() }
        }
        _ = try await store.acquireLock(tenantId: Self.account.tenantId, holder: Self.holder)
    }
}
