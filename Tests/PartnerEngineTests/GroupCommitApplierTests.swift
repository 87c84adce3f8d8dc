import Foundation
import PartnerConfig
import PartnerEngine
import PartnerModel
import PartnerPlanner
import PartnerTestSupport
import PartnerYAML
import Synchronization
import Testing

/// A store that commits several steps in one transaction (group commit) gives an apply exactly
/// the outcome of one transaction per step: the same report, journal, passwords and state.
@Suite struct GroupCommitApplierTests {
    static let holder = LockHolder(user: "ci", host: "runner-1", pid: 4242, command: "test")

    /// 30 users and their roles, planned against an empty account: creates, then grants.
    static let plan: Plan = {
        let source = SourceFile(path: "generated.yaml", bytes: Array(ConfigGenerator.yaml(users: 30).utf8))
        let config = ConfigLoader.load(source).config!
        return Planner.plan(desired: config, current: AccountState(account: config.account))
    }()

    /// What an apply left behind, comparable between stores.
    struct Outcome: Equatable {
        var done: [String]
        var failure: String?
        var notStarted: [String]
        var stopReason: String?
        var journal: [String]
        var passwords: [String]
        var state: AccountState
    }

    /// Applies the plan to a fresh store taking up to `batch` steps per transaction, after `prepare`
    /// changed the account behind the plan's back.
    func apply(
        batch: Int, prepare: (inout AccountState) -> Void = { _ in },
        shouldStop: @escaping @Sendable () -> String? = { nil }
    ) async throws -> (Outcome, store: InMemoryStore, events: [String]) {
        let store = InMemoryStore(maxStepsPerTransaction: batch)
        var state = AccountState(account: Self.plan.account)
        prepare(&state)
        await store.setState(state)
        let passwords = MemoryPasswords()
        let delegate = OrderDelegate()
        let report = try await Applier(store: store, holder: Self.holder, delegate: delegate)
            .execute(Self.plan, passwords: passwords, shouldStop: shouldStop)
        let record = try #require(try await store.history(tenantId: Self.plan.account.tenantId, limit: 1).first)
        let outcome = Outcome(
            done: report.done.map(\.summary), failure: report.failure.map { "\($0.step.summary): \($0.error)" },
            notStarted: report.notStarted.map(\.summary), stopReason: report.stopReason,
            journal: record.journal.map { "\($0.index) \($0.step) \($0.status.rawValue)" }, passwords: passwords.lines,
            state: try #require(try await store.snapshot(tenantId: Self.plan.account.tenantId)).state)
        return (outcome, store, delegate.events.withLock { $0 })
    }

    @Test func batchesCommitSeveralStepsAndEndAsOneStepPerTransactionWould() async throws {
        let (single, _, _) = try await apply(batch: 1)
        let (batched, store, events) = try await apply(batch: 8)
        #expect(batched == single)
        #expect(batched.done.count == Self.plan.steps.count)
        let batches = await store.committedBatches
        #expect(batches.flatMap { $0 } == Array(1...Self.plan.steps.count))
        #expect(batches.allSatisfy { $0.count <= 8 } && batches.contains { $0.count > 1 })
        // No step is reported done before its batch committed: each batch's starts come before
        // any of its ends.
        let firstBatch = try #require(batches.first)
        #expect(
            Array(events.prefix(2 * firstBatch.count)) == firstBatch.map { "start \($0)" }
                + firstBatch.map { "done \($0)" })
    }

    @Test func aStepFailingInsideABatchLeavesTheJournalAndReportOfOneStepPerTransaction() async throws {
        // The 20th create (in the third batch of 8) makes a user someone else made meanwhile:
        // it is rejected.
        let clash = Self.plan.steps.filter { $0.kind == .userCreate }[19]
        let failing = try #require(Self.plan.steps.firstIndex(of: clash)) + 1
        let prepare: (inout AccountState) -> Void = { state in
            let user = UserState(userPrincipalName: clash.target)
            state.users[user.key] = user
        }
        let (single, _, singleEvents) = try await apply(batch: 1, prepare: prepare)
        let (batched, store, batchedEvents) = try await apply(batch: 8, prepare: prepare)
        #expect(batched == single)
        #expect(batched.failure?.hasPrefix("user.create \(clash.target): ") == true)
        #expect(batched.done == Self.plan.steps.prefix(failing - 1).map(\.summary))
        #expect(batched.notStarted == Self.plan.steps.dropFirst(failing).map(\.summary))
        #expect(batched.journal.last == "\(failing) user.create \(clash.target) failed")
        #expect(batched.journal.count == failing)
        #expect(batched.passwords.filter { $0.hasSuffix(" created") }.count == 19)
        #expect(batched.passwords.contains("\(clash.target) refused"))
        #expect(batched.passwords.filter { $0.hasSuffix(" skipped") }.count == 10)
        // The same ends reported, in the same order.
        #expect(batchedEvents.filter { !$0.hasPrefix("start") } == singleEvents.filter { !$0.hasPrefix("start") })
        // The batch holding step 20 was rolled back and run again one step per transaction.
        let batches = await store.committedBatches
        #expect(batches.flatMap { $0 } == Array(1..<failing))
        #expect(batches.contains { $0.count > 1 } && batches.last == [failing - 1])
    }

    @Test func aStopRequestedWhileABatchRunsCommitsThatBatchAndStartsNothingMore() async throws {
        // The stop comes as soon as the first batch has started.
        let store = InMemoryStore(maxStepsPerTransaction: 8)
        try await store.enroll(Self.plan.account, offers: [])
        let delegate = StopOnFirstStart()
        let passwords = MemoryPasswords()
        let report = try await Applier(store: store, holder: Self.holder, delegate: delegate)
            .execute(Self.plan, passwords: passwords) {
                delegate.started.withLock { $0 } ? "terminated (SIGTERM)" : nil
            }
        let batches = await store.committedBatches
        let first = try #require(batches.first)
        #expect(batches.count == 1 && first.count > 1)
        #expect(report.stopReason == "terminated (SIGTERM)")
        #expect(report.done == Array(Self.plan.steps.prefix(first.count)))
        #expect(report.notStarted == Array(Self.plan.steps.dropFirst(first.count)))
        let record = try #require(try await store.history(tenantId: Self.plan.account.tenantId, limit: 1).first)
        #expect(record.status == .interrupted)
        #expect(record.journal.map(\.index) == first)
        #expect(record.journal.allSatisfy { $0.status == .done })
        let state = try #require(try await store.snapshot(tenantId: Self.plan.account.tenantId)).state
        let created = Self.plan.steps.prefix(first.count).filter { $0.kind == .userCreate }.count
        #expect(state.users.count == created)
        #expect(passwords.lines.filter { $0.hasSuffix(" created") }.count == created)
        #expect(passwords.lines.filter { $0.hasSuffix(" skipped") }.count == 30 - created)
    }

    /// Says stop once the first step has been reported started.
    final class StopOnFirstStart: ApplyDelegate {
        let started = Mutex(false)

        func waitingForLock(held lock: AccountLock) {}
        func brokeStaleLock(_ lock: AccountLock) {}
        func willExecute(_ step: PlanStep, index: Int, of total: Int) { started.withLock { $0 = true } }
        func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {}
    }
}
