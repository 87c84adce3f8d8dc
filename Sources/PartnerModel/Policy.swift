/// What partnerctl may do to the account's users: whom it may delete, whom it protects, and how
/// much an apply may remove before it needs to be told that is intended.
public struct Policy: Hashable, Sendable, Codable {
    /// The default for ``maxRemovalPercent``.
    public static let defaultMaxRemovalPercent = 25
    /// The default for ``minGlobalAdmins``.
    public static let defaultMinGlobalAdmins = 1

    /// True: users in the account but not in the file are deleted. False (default): left alone.
    public var pruneUsers: Bool
    /// Users never deleted, disabled or demoted, by user principal name.
    public var protectedUsers: [String]
    /// The largest share of the account's users, in percent, one apply may delete or disable
    /// without `--allow-mass-removal`.
    public var maxRemovalPercent: Int
    /// The fewest enabled global admins an apply may leave without `--allow-mass-removal`.
    public var minGlobalAdmins: Int

    /// Creates a policy.
    public init(
        pruneUsers: Bool = false, protectedUsers: [String] = [], maxRemovalPercent: Int = Self.defaultMaxRemovalPercent,
        minGlobalAdmins: Int = Self.defaultMinGlobalAdmins
    ) {
        self.pruneUsers = pruneUsers
        self.protectedUsers = protectedUsers
        self.maxRemovalPercent = maxRemovalPercent
        self.minGlobalAdmins = minGlobalAdmins
    }

    /// Whether a user is protected (principal names compared ignoring case).
    public func protects(_ userPrincipalName: String) -> Bool {
        let key = userPrincipalName.lowercased()
        return protectedUsers.contains { $0.lowercased() == key }
    }
}
