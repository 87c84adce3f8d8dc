/// What happened to one step of an applied plan.
public struct JournalEntry: Hashable, Sendable, Codable {
    /// How a step ended.
    public enum Status: String, Hashable, Sendable, Codable {
        case done, failed
    }

    /// The step's position in its plan, from 1.
    public var index: Int
    /// The step, as `role.grant li.wei@contoso.cn global-admin`.
    public var step: String
    /// How it ended.
    public var status: Status
    /// The store's error, for failed steps.
    public var error: String?

    /// Creates an entry.
    public init(index: Int, step: String, status: Status, error: String? = nil) {
        self.index = index
        self.step = step
        self.status = status
        self.error = error
    }
}
