/// An activated Entra directory role (`/v1.0/directoryRoles`).
public struct GraphDirectoryRole: Hashable, Sendable, Codable {
    /// The role's object id in this tenant.
    public var id: String
    public var displayName: String
    /// The documented template id, the same in every tenant.
    public var roleTemplateId: String
    public var description: String?

    /// Creates a role.
    public init(id: String, displayName: String, roleTemplateId: String, description: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.roleTemplateId = roleTemplateId
        self.description = description
    }
}
