/// The body of `POST /v1.0/users`. Graph requires `accountEnabled`, `displayName`,
/// `mailNickname`, `userPrincipalName` and `passwordProfile` (reference §2.6).
public struct GraphNewUser: Hashable, Sendable, Codable {
    public var accountEnabled: Bool?
    public var displayName: String?
    public var mailNickname: String?
    public var userPrincipalName: String?
    public var passwordProfile: GraphPasswordProfile?
    public var givenName: String?
    public var surname: String?
    public var usageLocation: String?

    /// Creates a request body.
    public init(
        accountEnabled: Bool?, displayName: String?, mailNickname: String?, userPrincipalName: String?,
        passwordProfile: GraphPasswordProfile?, givenName: String? = nil, surname: String? = nil,
        usageLocation: String? = nil
    ) {
        self.accountEnabled = accountEnabled
        self.displayName = displayName
        self.mailNickname = mailNickname
        self.userPrincipalName = userPrincipalName
        self.passwordProfile = passwordProfile
        self.givenName = givenName
        self.surname = surname
        self.usageLocation = usageLocation
    }
}
