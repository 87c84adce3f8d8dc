/// The desired state of one Partner Center account, as a configuration file declares it.
public struct AccountConfig: Hashable, Sendable {
    /// The file format version this configuration was written for.
    public static let apiVersion = "partnerctl/v1"

    /// Which account this is.
    public var account: AccountIdentity
    /// The managed profile fields; fields not present are not managed.
    public var profile: Profile
    /// The declared users, in file order; nil when the file has no `users` key (users unmanaged).
    public var users: [UserSpec]?
    /// Named bundles of built-in roles, already expanded.
    public var roleBundles: [String: Set<Role>]
    /// Catalog visibility rules; nil when the catalog is not managed.
    public var catalog: CatalogRules?
    /// What partnerctl may do to undeclared users, and whom it protects.
    public var policy: Policy

    /// Creates a configuration.
    public init(
        account: AccountIdentity, profile: Profile = Profile(), users: [UserSpec]? = nil,
        roleBundles: [String: Set<Role>] = [:], catalog: CatalogRules? = nil, policy: Policy = Policy()
    ) {
        self.account = account
        self.profile = profile
        self.users = users
        self.roleBundles = roleBundles
        self.catalog = catalog
        self.policy = policy
    }
}
