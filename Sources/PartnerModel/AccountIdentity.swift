/// Which Partner Center account a configuration is for.
public struct AccountIdentity: Hashable, Sendable, Codable {
    /// The partner's Microsoft Entra tenant id (a GUID, lower case).
    public var tenantId: String
    /// The cloud the account lives in.
    public var cloud: Cloud
    /// The account's default domain; every user principal name is in it.
    public var domain: String

    /// Creates an identity.
    public init(tenantId: String, cloud: Cloud, domain: String) {
        self.tenantId = tenantId
        self.cloud = cloud
        self.domain = domain
    }
}
