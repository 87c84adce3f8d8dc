public import PartnerModel

/// The ledger of a Partner Center store whose ledger does not exist yet, for read-only commands:
/// it holds no account, no lock and no history, and refuses every write. Nothing is created.
public struct AbsentLedger: StepLedger {
    /// Where the ledger will be once an apply creates it.
    public let location: String

    /// Creates an absent ledger.
    public init(location: String) { self.location = location }

    /// Empty: the ledger has no identity until it is created.
    public var identity: String { "" }

    public func snapshot(tenantId: String) async throws -> AccountSnapshot? { nil }
    public func accounts() async throws -> [AccountIdentity] { [] }
    public func integrityProblems() async throws -> [String] { [] }
    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] { [] }

    public func enroll(_ account: AccountIdentity, offers: [Offer]) async throws { throw refusal() }
    public func execute(_ step: PlanStep, context: StepContext) async throws { throw refusal() }
    public func recordDone(applyId: String, index: Int, step: PlanStep) async throws { throw refusal() }
    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock { throw refusal() }
    public func releaseLock(_ lock: AccountLock) async throws {}
    public func breakLock(id: String) async throws -> AccountLock { throw StoreError.noSuchLock(id) }
    public func beginApply(
        tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin
    ) async throws -> String {
        throw refusal()
    }
    public func recordIntent(
        tenantId: String, applyId: String, index: Int, step: PlanStep, requestId: String
    ) async throws -> StepIntent {
        throw refusal()
    }
    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        throw refusal()
    }
    public func finishApply(id: String, status: ApplyRecord.Status) async throws { throw refusal() }
    public func interruptRunningApplies(tenantId: String) async throws {}

    private func refusal() -> StoreError {
        .backend(operation: "ledger \(location)", message: "there is no ledger yet; 'partnerctl apply' creates it")
    }
}
