/// The body of `PATCH /v1.0/users/{id}`: only the properties present change, and an explicit
/// `null` clears one. Each property is therefore doubly optional: `nil` = absent,
/// `.some(nil)` = `null`.
public struct GraphUserUpdate: Hashable, Sendable, Codable {
    public var displayName: String??
    public var givenName: String??
    public var surname: String??
    public var usageLocation: String??
    public var accountEnabled: Bool?
    public var userPrincipalName: String?
    /// A password reset: taken and thrown away by `partnerctl serve`.
    public var passwordProfile: GraphPasswordProfile?

    /// Creates an update.
    public init(
        displayName: String?? = nil, givenName: String?? = nil, surname: String?? = nil,
        usageLocation: String?? = nil, accountEnabled: Bool? = nil
    ) {
        self.displayName = displayName
        self.givenName = givenName
        self.surname = surname
        self.usageLocation = usageLocation
        self.accountEnabled = accountEnabled
    }

    private enum CodingKeys: String, CodingKey {
        case displayName, givenName, surname, usageLocation, accountEnabled, userPrincipalName, passwordProfile
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String?? {
            guard container.contains(key) else { return nil }
            return .some(try container.decodeNil(forKey: key) ? nil : container.decode(String.self, forKey: key))
        }
        displayName = try text(.displayName)
        givenName = try text(.givenName)
        surname = try text(.surname)
        usageLocation = try text(.usageLocation)
        accountEnabled = try container.decodeIfPresent(Bool.self, forKey: .accountEnabled)
        userPrincipalName = try container.decodeIfPresent(String.self, forKey: .userPrincipalName)
        passwordProfile = try container.decodeIfPresent(GraphPasswordProfile.self, forKey: .passwordProfile)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func text(_ value: String??, _ key: CodingKeys) throws {
            switch value {
            case .none: break
            case .some(.none): try container.encodeNil(forKey: key)
            case .some(.some(let text)): try container.encode(text, forKey: key)
            }
        }
        try text(displayName, .displayName)
        try text(givenName, .givenName)
        try text(surname, .surname)
        try text(usageLocation, .usageLocation)
        try container.encodeIfPresent(accountEnabled, forKey: .accountEnabled)
        try container.encodeIfPresent(userPrincipalName, forKey: .userPrincipalName)
        try container.encodeIfPresent(passwordProfile, forKey: .passwordProfile)
    }
}
