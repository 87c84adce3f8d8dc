import Foundation

/// One apply in an account's history, with its steps' outcomes.
public struct ApplyRecord: Hashable, Sendable, Codable {
    /// How an apply ended.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Still running, or the process died before it could say.
        case running
        /// Every step done.
        case succeeded
        /// A step failed; later steps were not started.
        case failed
        /// The process died mid-way; its done steps are in the journal, the rest never ran.
        case interrupted
    }

    /// The apply's id.
    public var id: String
    /// The account's tenant id.
    public var tenantId: String
    /// Who ran it.
    public var holder: LockHolder
    /// When it started.
    public var startedAt: Date
    /// When it ended, if it did.
    public var finishedAt: Date?
    /// How it ended.
    public var status: Status
    /// How many steps the plan had.
    public var stepCount: Int
    /// The steps that ran, in order.
    public var journal: [JournalEntry]
    /// What the apply was made from, as recorded when it began.
    public var origin: ApplyOrigin

    /// Creates a record.
    public init(
        id: String, tenantId: String, holder: LockHolder, startedAt: Date, finishedAt: Date?, status: Status,
        stepCount: Int, journal: [JournalEntry], origin: ApplyOrigin = .unknown
    ) {
        self.id = id
        self.tenantId = tenantId
        self.holder = holder
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.stepCount = stepCount
        self.journal = journal
        self.origin = origin
    }
}
