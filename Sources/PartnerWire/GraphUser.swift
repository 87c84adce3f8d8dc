/// A user as Microsoft Graph returns it (`/v1.0/users`), with the properties partnerctl reads.
public struct GraphUser: Hashable, Sendable, Codable {
    public var id: String
    public var userPrincipalName: String
    public var displayName: String?
    /// The given name (partnerctl's `firstName`).
    public var givenName: String?
    /// The family name (partnerctl's `lastName`).
    public var surname: String?
    /// Two-letter country code.
    public var usageLocation: String?
    /// False: sign-in blocked.
    public var accountEnabled: Bool?
    public var mailNickname: String?

    /// Creates a user.
    public init(
        id: String, userPrincipalName: String, displayName: String? = nil, givenName: String? = nil,
        surname: String? = nil, usageLocation: String? = nil, accountEnabled: Bool? = nil, mailNickname: String? = nil
    ) {
        self.id = id
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.givenName = givenName
        self.surname = surname
        self.usageLocation = usageLocation
        self.accountEnabled = accountEnabled
        self.mailNickname = mailNickname
    }
}
