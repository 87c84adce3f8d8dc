/// A user as it is in the account.
public struct UserState: Hashable, Sendable, Codable {
    /// The user's sign-in name, as the account stores it.
    public var userPrincipalName: String
    /// The name shown in Partner Center.
    public var displayName: String?
    /// The user's given name.
    public var firstName: String?
    /// The user's family name.
    public var lastName: String?
    /// Two-letter country code where the user works.
    public var usageLocation: String?
    /// Whether the user can sign in.
    public var enabled: Bool
    /// The built-in roles the user holds.
    public var roles: Set<Role>

    /// Creates a user state.
    public init(
        userPrincipalName: String, displayName: String? = nil, firstName: String? = nil, lastName: String? = nil,
        usageLocation: String? = nil, enabled: Bool = true, roles: Set<Role> = []
    ) {
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.firstName = firstName
        self.lastName = lastName
        self.usageLocation = usageLocation
        self.enabled = enabled
        self.roles = roles
    }

    /// The user a `user.create` step creates: its target, with the step's changes applied in
    /// order (a field named twice keeps its last value). Every store creates users this way.
    public init(creating step: PlanStep) {
        self.init(userPrincipalName: step.target)
        for change in step.changes {
            if let field = UserField(rawValue: change.field) {
                field.set(change.after, in: &self)
            } else if change.field == "enabled" {
                enabled = change.after != "false"
            }
        }
    }

    /// The key users are matched by: the principal name in lower case.
    public var key: String { userPrincipalName.lowercased() }

    /// Whether the user is an enabled global admin.
    public var isActiveGlobalAdmin: Bool { enabled && roles.contains(.globalAdmin) }
}
