import PartnerWire

/// Who a request comes from, as its access token says.
public struct Caller: Hashable, Sendable {
    /// How the token was obtained.
    public enum Kind: String, Hashable, Sendable {
        /// Client credentials: the application alone.
        case appOnly = "App-only"
        /// A person signed in through the application (refresh-token or device-code grant).
        case appPlusUser = "App+User"
    }

    /// The account the token is for.
    public var tenantId: String
    /// App-only or App+User.
    public var kind: Kind
    /// The service the token is for.
    public var audience: WireAudience
    /// The application's client id.
    public var clientId: String
    /// The signed-in person, when the approval named one.
    public var userPrincipalName: String?
}
