/// An account as a store holds it: one consistent snapshot.
public struct AccountState: Hashable, Sendable {
    /// Which account this is.
    public var account: AccountIdentity
    /// Every profile field that has a value.
    public var profile: Profile
    /// The account's users, keyed by lower-case principal name.
    public var users: [String: UserState]
    /// The catalog's offers.
    public var offers: [Offer]
    /// The ids of the offers hidden from the catalog.
    public var hiddenOffers: Set<String>

    /// Creates a state.
    public init(
        account: AccountIdentity, profile: Profile = Profile(), users: [String: UserState] = [:],
        offers: [Offer] = [], hiddenOffers: Set<String> = []
    ) {
        self.account = account
        self.profile = profile
        self.users = users
        self.offers = offers
        self.hiddenOffers = hiddenOffers
    }

    /// The number of enabled users holding `global-admin`.
    public var activeGlobalAdminCount: Int {
        users.values.reduce(0) { $0 + ($1.isActiveGlobalAdmin ? 1 : 0) }
    }
}
