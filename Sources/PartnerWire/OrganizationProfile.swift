public import PartnerModel

/// `GET/PUT /v1/profiles/organization` (reference §2.2), App+User only; carries `attributes.etag`.
public struct OrganizationProfile: ProfileResource {
    public static let section = ProfileSection.organization
    public static let pathComponent = "organization"
    public static let objectType = "OrganizationProfile"
    public static let profileTypeName = "OrganizationProfile"
    public static let hasETag = true

    /// The profile's id (the service's).
    public var id: String?
    public var companyName: String?
    public var defaultAddress: WireAddress?
    /// The partner tenant; fixed.
    public var tenantId: String?
    /// The default domain; fixed.
    public var domain: String?
    public var email: String?
    /// A language such as `zh-CHS` or `en`.
    public var language: String?
    /// A culture such as `zh-CN` or `en-US`.
    public var culture: String?
    public var profileType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// Creates an empty profile.
    public init() {}
}
