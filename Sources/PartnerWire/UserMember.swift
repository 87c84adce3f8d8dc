/// A user holding a role: what `GET /v1/roles/{id}/usermembers` lists and
/// `POST /v1/roles/{id}/usermembers` takes and returns.
public struct UserMember: Hashable, Sendable, Codable {
    /// The user's object id (the Graph user id).
    public var id: String
    public var displayName: String?
    public var userPrincipalName: String?
    /// The role's id.
    public var roleId: String?
    /// The account (tenant) id; optional in requests.
    public var accountId: String?
    public var attributes: ResourceAttributes?

    /// Creates a member.
    public init(
        id: String, displayName: String? = nil, userPrincipalName: String? = nil, roleId: String? = nil,
        accountId: String? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.userPrincipalName = userPrincipalName
        self.roleId = roleId
        self.accountId = accountId
        attributes = ResourceAttributes(objectType: "UserMember")
    }
}
