/// What partnerctl may do to users the configuration does not describe, and whom it must never harm.
public struct Policy: Hashable, Sendable {
    /// True: users in the account but not in the file are deleted. False (default): left alone.
    public var pruneUsers: Bool
    /// Users never deleted, disabled or demoted, by user principal name.
    public var protectedUsers: [String]

    /// Creates a policy.
    public init(pruneUsers: Bool = false, protectedUsers: [String] = []) {
        self.pruneUsers = pruneUsers
        self.protectedUsers = protectedUsers
    }

    /// Whether a user is protected (principal names compared ignoring case).
    public func protects(_ userPrincipalName: String) -> Bool {
        let key = userPrincipalName.lowercased()
        return protectedUsers.contains { $0.lowercased() == key }
    }
}
