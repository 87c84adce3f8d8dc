/// A user as the configuration declares it. A field that is nil is not managed.
public struct UserSpec: Hashable, Sendable {
    /// The user's sign-in name; users are matched on it, ignoring case.
    public var userPrincipalName: String
    /// The name shown in Partner Center.
    public var displayName: String?
    /// The user's given name.
    public var firstName: String?
    /// The user's family name.
    public var lastName: String?
    /// Two-letter country code where the user works (`CN`).
    public var usageLocation: String?
    /// False blocks sign-in (the user is disabled, not deleted).
    public var enabled: Bool?
    /// The built-in roles the user holds, bundles resolved; nil when roles are not managed.
    public var roles: Set<Role>?

    /// Creates a user declaration.
    public init(
        userPrincipalName: String, displayName: String? = nil, firstName: String? = nil,
        lastName: String? = nil, usageLocation: String? = nil, enabled: Bool? = nil, roles: Set<Role>? = nil
    ) {
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.firstName = firstName
        self.lastName = lastName
        self.usageLocation = usageLocation
        self.enabled = enabled
        self.roles = roles
    }

    /// The key users are matched by: the principal name in lower case.
    public var key: String {
        // Most names are lower-case ASCII already: those are their own key, with nothing allocated.
        let isLowerASCII =
            userPrincipalName.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(Self.isLowerASCII) }
            ?? userPrincipalName.utf8.allSatisfy(Self.isLowerASCII)
        return isLowerASCII ? userPrincipalName : userPrincipalName.lowercased()
    }

    private static func isLowerASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(0x41...0x5A).contains(byte)
    }

    /// Whether the declared state keeps the user signed in (enabled unless declared otherwise).
    public var isEnabled: Bool { enabled ?? true }
}
