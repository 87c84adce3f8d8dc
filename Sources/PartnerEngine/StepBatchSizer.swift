/// How many steps the next transaction takes when a store commits several at once
/// (``PartnerModel/AccountStore/execute(batch:)``): as many as fit in ``target`` at the pace of
/// the batch before, never more than the store's limit, and at most twice the last size.
///
/// The bound keeps group commit visible and cheap to lose: progress moves at least every
/// ``target`` or so, a stop request waits for at most one batch, and a `kill -9` rolls back at
/// most one batch's worth of work, which the next apply does again.
struct StepBatchSizer {
    /// The most steps the store takes in one transaction.
    let limit: Int
    /// How long a batch should take, in seconds (0.1: ten commits a second at least).
    static let target = 0.1
    /// The first batch's size, before any pace is known.
    static let first = 16
    /// The size of the next batch (1 or more).
    private(set) var size: Int

    /// Sizes batches for a store that takes up to `limit` steps in one transaction.
    init(limit: Int) {
        self.limit = max(1, limit)
        size = min(self.limit, Self.first)
    }

    /// Notes how long a batch of `steps` steps took, in seconds, and sizes the next one.
    mutating func record(steps: Int, seconds: Double) {
        guard steps > 0 else { return }
        let perStep = seconds / Double(steps)
        let fitting = perStep > 0 ? Int(min(Double(limit), Self.target / perStep)) : limit
        size = max(1, min(limit, fitting, steps * 2))
    }
}
