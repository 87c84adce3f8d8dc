public import PartnerModel

/// A test store that wraps another and passes on every operation it does not define itself:
/// a wrapper names only what it changes (a failing step, a lost journal row …).
public protocol ForwardingStore: AccountStore {
    /// The store that does the work.
    var base: any AccountStore { get }
}

extension ForwardingStore {
    public var location: String { base.location }
    public var identity: String { base.identity }
    public var managesCatalog: Bool { base.managesCatalog }
    public var maxConcurrentSteps: Int { base.maxConcurrentSteps }

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        try await base.snapshot(tenantId: tenantId)
    }
    public func accounts() async throws -> [AccountIdentity] { try await base.accounts() }
    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws {
        try await base.enroll(account, offers: offers)
    }
    public func execute(_ step: PlanStep, context: StepContext) async throws {
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
}
