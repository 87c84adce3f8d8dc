/// A security group (`/v1.0/groups`): the agent groups `AdminAgents`, `HelpdeskAgents`, `SalesAgents`.
public struct GraphGroup: Hashable, Sendable, Codable {
    public var id: String
    public var displayName: String
    public var securityEnabled: Bool
    public var mailEnabled: Bool

    /// Creates a group.
    public init(id: String, displayName: String, securityEnabled: Bool = true, mailEnabled: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.securityEnabled = securityEnabled
        self.mailEnabled = mailEnabled
    }
}
