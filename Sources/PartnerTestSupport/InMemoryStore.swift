import Foundation
import PartnerModel

/// A store in memory: the reference behaviour of ``AccountStore`` (steps through
/// `AccountState.apply`), for planner and engine tests. Never the only test of a backend.
public actor InMemoryStore: AccountStore {
    public nonisolated let location = "memory:"
    public nonisolated let identity = UUID().uuidString.lowercased()
    private var states: [String: AccountState] = [:]
    private var locks: [String: AccountLock] = [:]
    private var records: [String: ApplyRecord] = [:]
    private var order: [String] = []

    /// How many steps ``execute(batch:)`` takes in one all-or-none transaction.
    public nonisolated let maxStepsPerTransaction: Int
    /// The batches carried out, as their steps' indexes (each batch that committed, in order).
    public private(set) var committedBatches: [[Int]] = []

    /// Creates an empty store.
    ///
    /// - Parameter maxStepsPerTransaction: More than 1 to carry out batches of steps all or
    ///   none, as the database stores do (group commit).
    public init(maxStepsPerTransaction: Int = 1) {
        self.maxStepsPerTransaction = maxStepsPerTransaction
    }

    /// Replaces an account's state, as someone editing it outside partnerctl would.
    public func setState(_ state: AccountState) {
        states[state.account.tenantId] = state
    }

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        states[tenantId].map { AccountSnapshot(state: $0, storeIdentity: identity) }
    }

    public func accounts() async throws -> [AccountIdentity] {
        states.values.map(\.account).sorted { $0.tenantId < $1.tenantId }
    }

    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        setState(AccountState(account: account, offers: offers))
    }

    public func execute(_ step: PlanStep, context: StepContext) async throws {
        try await execute(batch: [(step, context)])
    }

    /// Carries out the steps on copies of the state and the journal, and keeps the copies only
    /// when every step succeeded.
    public func execute(batch: [(step: PlanStep, context: StepContext)]) async throws {
        var states = self.states
        var journaled: [(applyId: String, entry: JournalEntry)] = []
        for (step, context) in batch {
            guard var state = states[context.tenantId] else {
                throw StoreError.notEnrolled(tenantId: context.tenantId)
            }
            do {
                try state.apply(step)
            } catch {
                throw StoreError.stepRejected(step: step.summary, reason: error.message)
            }
            states[context.tenantId] = state
            journaled.append((context.applyId, JournalEntry(index: context.index, step: step.summary, status: .done)))
        }
        self.states = states
        for (applyId, entry) in journaled { records[applyId]?.journal.append(entry) }
        committedBatches.append(batch.map(\.context.index))
    }

    public func integrityProblems() async throws -> [String] { [] }

    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        if let lock = locks[tenantId] { throw StoreError.lockHeld(lock) }
        let lock = AccountLock(
            id: UUID().uuidString.lowercased(), tenantId: tenantId, holder: holder, acquiredAt: Date())
        locks[tenantId] = lock
        return lock
    }

    public func releaseLock(_ lock: AccountLock) async throws {
        if locks[lock.tenantId]?.id == lock.id { locks[lock.tenantId] = nil }
    }

    public func breakLock(id: String) async throws -> AccountLock {
        guard let lock = locks.values.first(where: { $0.id == id }) else { throw StoreError.noSuchLock(id) }
        locks[lock.tenantId] = nil
        return lock
    }

    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws
        -> String
    {
        let id = UUID().uuidString.lowercased()
        records[id] = ApplyRecord(
            id: id, tenantId: tenantId, holder: holder, startedAt: Date(), finishedAt: nil,
            status: .running, stepCount: stepCount, journal: [], origin: origin)
        order.append(id)
        return id
    }

    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        records[applyId]?.journal.append(JournalEntry(index: index, step: step.summary, status: .failed, error: error))
    }

    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        records[id]?.status = status
        records[id]?.finishedAt = Date()
    }

    public func interruptRunningApplies(tenantId: String) async throws {
        for (id, record) in records where record.tenantId == tenantId && record.status == .running {
            try await finishApply(id: id, status: .interrupted)
        }
    }

    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        Array(order.reversed().compactMap { records[$0] }.filter { $0.tenantId == tenantId }.prefix(limit))
    }
}
