import PartnerModel

/// Wraps a store and fails its `execute` on demand: the n-th step (from 1) throws a backend
/// error, for testing how applies stop and report.
public struct FailingStore: ForwardingStore {
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

    public func execute(_ step: PlanStep, context: StepContext) async throws {
        if await counter.next() == failingStep {
            throw StoreError.backend(operation: "test \(step.kind.rawValue)", message: "injected failure")
        }
        try await base.execute(step, context: context)
    }

    private actor Counter {
        var count = 0
        func next() -> Int {
            count += 1
            return count
        }
    }
}
