import PartnerModel

/// Wraps a store and fails its `execute` on demand: the n-th step (from 1) throws a backend
/// error, for testing how applies stop and report.
public struct FailingStore: AccountStore {
    /// The store that does the work.
    public let base: any AccountStore
    /// The step (counted from 1 over this store's life) that fails.
    public let failingStep: Int
    private let counter = Counter()

    /// Creates a store whose `failingStep`-th executed step fails.
    public init(wrapping base: any AccountStore, failingStep: Int) {
        self.base = base
        self.failingStep = failingStep
    }

    public var location: String { base.location }
    public var identity: String { base.identity }

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        try await base.snapshot(tenantId: tenantId)
    }
    public func accounts() async throws -> [AccountIdentity] { try await base.accounts() }
    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await base.enroll(account, offers: offers)
    }

    public func execute(_ step: PlanStep, context: StepContext) async throws {
        if await counter.next() == failingStep {
            throw StoreError.backend(operation: "test \(step.kind.rawValue)", message: "injected failure")
        }
        try await base.execute(step, context: context)
    }

    public func integrityProblems() async throws -> [String] { try await base.integrityProblems() }

    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        try await base.acquireLock(tenantId: tenantId, holder: holder)
    }
    public func releaseLock(_ lock: AccountLock) async throws { try await base.releaseLock(lock) }
    public func breakLock(id: String) async throws -> AccountLock { try await base.breakLock(id: id) }
    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws
        -> String
    {
        try await base.beginApply(tenantId: tenantId, holder: holder, stepCount: stepCount, origin: origin)
    }
    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        try await base.recordFailure(applyId: applyId, index: index, step: step, error: error)
    }
    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        try await base.finishApply(id: id, status: status)
    }
    public func interruptRunningApplies(tenantId: String) async throws {
        try await base.interruptRunningApplies(tenantId: tenantId)
    }
    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        try await base.history(tenantId: tenantId, limit: limit)
    }

    private actor Counter {
        var count = 0
        func next() -> Int {
            count += 1
            return count
        }
    }
}
