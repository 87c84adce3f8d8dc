import Foundation
import PartnerEngine
import PartnerModel
import PartnerTestSupport
import Synchronization
import Testing

/// An in-memory store that accepts many steps at once and records, for each step, when it
/// started and ended (on one counter), how many steps were running, and the enabled global
/// admins after it: what the parallel applier's tests check.
final class OverlapStore: ForwardingStore {
    struct Span: Sendable {
        var offset: Int
        var step: PlanStep
        var start: Int
        var end: Int
    }

    let inner: InMemoryStore
    let maxConcurrentSteps: Int
    /// The first this many steps wait until as many are running at once (proof of concurrency).
    let rendezvous: Int
    /// Steps (by index, from 1) that fail.
    let failing: Set<Int>
    private let state = Mutex<
        (clock: Int, running: Int, peak: Int, started: Int, met: Bool, spans: [Span], admins: [Int])
    >((0, 0, 0, 0, false, [], []))

    init(inner: InMemoryStore, maxConcurrentSteps: Int, rendezvous: Int = 0, failing: Set<Int> = []) {
        self.inner = inner
        self.maxConcurrentSteps = maxConcurrentSteps
        self.rendezvous = rendezvous
        self.failing = failing
    }

    var base: any AccountStore { inner }
    var spans: [Span] { state.withLock { $0.spans } }
    var peak: Int { state.withLock { $0.peak } }
    /// The enabled global admins after each step, in the order the steps ended.
    var adminCounts: [Int] { state.withLock { $0.admins } }

    func execute(_ step: PlanStep, context: StepContext) async throws {
        let (start, order) = state.withLock { state -> (Int, Int) in
            state.clock += 1
            state.running += 1
            state.started += 1
            state.peak = max(state.peak, state.running)
            if state.running >= rendezvous { state.met = true }
            return (state.clock, state.started)
        }
        if order <= rendezvous {
            let deadline = ContinuousClock.now + .seconds(120)
            while !state.withLock({ $0.met }), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(1))
            }
        }
        // Let other steps interleave.
        for _ in 0..<Int.random(in: 0...20) { await Task.yield() }
        var failure: (any Error)?
        if failing.contains(context.index) {
            failure = StoreError.stepRejected(step: step.summary, reason: "scripted failure")
        } else {
            do { try await inner.execute(step, context: context) } catch { failure = error }
        }
        let admins = try await inner.snapshot(tenantId: context.tenantId)?.state.activeGlobalAdminCount ?? 0
        state.withLock { state in
            state.clock += 1
            state.running -= 1
            state.spans.append(Span(offset: context.index - 1, step: step, start: start, end: state.clock))
            state.admins.append(admins)
        }
        if let failure { throw failure }
    }
}

/// Records, in order, each step the applier started and how each ended.
final class OrderDelegate: ApplyDelegate {
    let events = Mutex<[String]>([])
    func waitingForLock(held lock: AccountLock) {}
    func brokeStaleLock(_ lock: AccountLock) {}
    func willExecute(_ step: PlanStep, index: Int, of total: Int) { events.withLock { $0.append("start \(index)") } }
    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {
        events.withLock { $0.append("\(error == nil ? "done" : "failed") \(index)") }
    }
}

@Suite struct ParallelApplierTests {
    static let account = StoreConformance.account
    static let holder = LockHolder(user: "ci", host: ProcessInfo.processInfo.hostName, pid: getpid(), command: "test")

    static func name(_ user: String) -> String { "\(user)@\(account.domain)" }

    /// Three old global admins handed over to new ones: new users created and granted
    /// global-admin, the old ones revoked and deleted, others given roles, a profile changed —
    /// in the planner's order (additions before removals).
    static func handover(newUsers: Int = 12) -> (start: AccountState, plan: Plan) {
        var start = AccountState(account: account)
        for old in ["old1", "old2", "old3"] {
            let key = name(old).lowercased()
            start.users[key] = UserState(
                userPrincipalName: name(old), enabled: true, roles: [.globalAdmin, .salesAgent])
        }
        var steps: [PlanStep] = [
            PlanStep(
                kind: .profileUpdate, target: "support",
                changes: [
                    FieldChange(field: "support.email", before: nil, after: "help@contoso.com")
                ], reason: "test")
        ]
        for index in 1...newUsers {
            let user = name("new\(index)")
            steps.append(
                PlanStep(
                    kind: .userCreate, target: user,
                    changes: [
                        FieldChange(field: "displayName", before: nil, after: "New \(index)")
                    ], reason: "test"))
        }
        for index in 1...newUsers {
            steps.append(
                PlanStep(
                    kind: .roleGrant, target: name("new\(index)"), role: index <= 2 ? .globalAdmin : .salesAgent,
                    reason: "test"))
        }
        for old in ["old1", "old2", "old3"] {
            steps.append(PlanStep(kind: .roleRevoke, target: name(old), role: .globalAdmin, reason: "test"))
            steps.append(PlanStep(kind: .roleRevoke, target: name(old), role: .salesAgent, reason: "test"))
        }
        for old in ["old1", "old2", "old3"] {
            steps.append(PlanStep(kind: .userDelete, target: name(old), reason: "test"))
        }
        return (start, Plan(account: account, steps: steps))
    }

    func run(
        _ plan: Plan, from start: AccountState, parallelism: Int, storeAccepts: Int = 64, rendezvous: Int = 0,
        failing: Set<Int> = [], shouldStop: @escaping @Sendable () -> String? = { nil }
    ) async throws -> (OverlapStore, ApplyReport, MemoryPasswords, OrderDelegate) {
        let inner = InMemoryStore()
        await inner.setState(start)
        let store = OverlapStore(
            inner: inner, maxConcurrentSteps: storeAccepts, rendezvous: rendezvous, failing: failing)
        let delegate = OrderDelegate()
        let applier = Applier(store: store, holder: Self.holder, delegate: delegate)
        let passwords = MemoryPasswords()
        let report = try await applier.withLock(tenantId: Self.account.tenantId) {
            try await applier.execute(plan, passwords: passwords, parallelism: parallelism, shouldStop: shouldStop)
        }
        return (store, report, passwords, delegate)
    }

    @Test func independentStepsRunAtOnceUpToTheParallelism() async throws {
        let (start, plan) = Self.handover()
        // The first eight steps (the profile and seven creates) must all be running at once, or
        // the rendezvous never completes and the test fails at its deadline.
        let (store, report, _, _) = try await run(plan, from: start, parallelism: 8, rendezvous: 8)
        #expect(report.succeeded)
        #expect(report.done == plan.steps)
        #expect(store.peak == 8)
        let final = try #require(try await store.snapshot(tenantId: Self.account.tenantId)).state
        var expected = start
        for step in plan.steps { try expected.apply(step) }
        #expect(final == expected)
    }

    @Test func aStoreThatTakesOneStepAtATimeGetsOne() async throws {
        let (start, plan) = Self.handover()
        let (store, report, _, _) = try await run(plan, from: start, parallelism: 8, storeAccepts: 1)
        #expect(report.succeeded)
        #expect(store.peak == 1)
        #expect(store.spans.map(\.offset) == Array(plan.steps.indices))
    }

    @Test(arguments: 1...20)
    func noRevokeOrDeleteOverlapsOrPrecedesAnAdditionBeforeIt(_ round: Int) async throws {
        let (start, plan) = Self.handover(newUsers: 4 + round % 9)
        let (store, report, _, _) = try await run(plan, from: start, parallelism: 2 + round % 7)
        #expect(report.succeeded)
        let spans = Dictionary(uniqueKeysWithValues: store.spans.map { ($0.offset, $0) })
        for (offset, step) in plan.steps.enumerated() {
            let span = try #require(spans[offset])
            for earlier in 0..<offset {
                let before = try #require(spans[earlier])
                let other = plan.steps[earlier]
                let sameUser =
                    step.kind != .profileUpdate && other.kind != .profileUpdate
                    && step.target.lowercased() == other.target.lowercased()
                let guarded =
                    [.roleRevoke, .userDelete, .userDisable].contains(step.kind)
                    && [.userCreate, .roleGrant, .userEnable].contains(other.kind)
                if sameUser || guarded {
                    #expect(before.end < span.start, "\(step.summary) started before \(other.summary) ended")
                }
            }
        }
        // The account never had fewer enabled global admins than at either end.
        let floor = min(start.activeGlobalAdminCount, 2)
        #expect(store.adminCounts.allSatisfy { $0 >= floor }, "\(store.adminCounts)")
        #expect(store.peak > 1)
    }

    @Test func aFailureStartsNothingNewAndLetsRunningStepsFinish() async throws {
        let (start, plan) = Self.handover()
        // Step 3 (the create of new2) fails while others run.
        let (store, report, passwords, delegate) = try await run(
            plan, from: start, parallelism: 8, rendezvous: 8, failing: [3])
        #expect(report.failure?.step == plan.steps[2])
        // Every step that started ended and was journaled: done, or the one failure.
        let started = Set(store.spans.map(\.offset))
        #expect(report.done.count + 1 == started.count)
        #expect(report.done == plan.steps.indices.filter { started.contains($0) && $0 != 2 }.map { plan.steps[$0] })
        #expect(report.notStarted == plan.steps.indices.filter { !started.contains($0) }.map { plan.steps[$0] })
        #expect(report.notStarted.contains(plan.steps.last!))
        // Nothing started once the failure was known.
        let events = delegate.events.withLock { $0 }
        let failedAt = try #require(events.firstIndex(of: "failed 3"))
        #expect(!events[failedAt...].contains { $0.hasPrefix("start ") }, "\(events)")
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.status == .failed)
        #expect(record.journal.filter { $0.status == .done }.count == report.done.count)
        #expect(record.journal.filter { $0.status == .failed }.map(\.index) == [3])
        // Created users' passwords confirmed, the failed one's refused, the rest skipped.
        let lines = passwords.lines
        let createsDone = report.done.filter { $0.kind == .userCreate }.count
        #expect(lines.filter { $0.hasSuffix(" created") }.count == createsDone)
        #expect(lines.filter { $0.hasSuffix(" refused") } == ["\(Self.name("new2")) refused"])
        #expect(lines.filter { $0.hasSuffix(" skipped") }.count == 12 - createsDone - 1)
    }

    @Test func aStopStartsNothingNewAndLetsRunningStepsFinish() async throws {
        let (start, plan) = Self.handover()
        let asked = Mutex(0)
        let (store, report, _, _) = try await run(plan, from: start, parallelism: 4, rendezvous: 4) {
            asked.withLock { count in
                count += 1
                return count > 4 ? "interrupted by a signal" : nil
            }
        }
        #expect(report.stopReason == "interrupted by a signal")
        #expect(report.failure == nil)
        #expect(report.done == Array(plan.steps.prefix(4)))
        #expect(report.notStarted == Array(plan.steps.dropFirst(4)))
        #expect(store.spans.count == 4)
        let record = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first)
        #expect(record.status == .interrupted)
    }

    @Test func schedulerHoldsARevokeUntilEveryEarlierGrantHasFinished() {
        let (_, plan) = Self.handover(newUsers: 2)
        var schedule = StepSchedule(plan.steps)
        // Start everything that may start: the profile, both creates (the grants wait for them).
        var started: [Int] = []
        while let next = schedule.nextReady() {
            schedule.started(next)
            started.append(next)
        }
        #expect(started == [0, 1, 2])
        schedule.finished(1)
        schedule.finished(2)
        // Both grants may go; the revokes (offsets 5...) wait for them.
        #expect(schedule.nextReady() == 3)
        schedule.started(3)
        #expect(schedule.nextReady() == 4)
        schedule.started(4)
        #expect(schedule.nextReady() == nil)
        schedule.finished(3)
        #expect(schedule.nextReady() == nil, "a revoke may not start while a grant before it runs")
        schedule.finished(4)
        #expect(schedule.nextReady() == 5)
        schedule.started(5)
        // old1's second revoke waits for its first; old2's first revoke may start.
        #expect(schedule.nextReady() == 7)
    }
}
