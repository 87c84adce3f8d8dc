public import PartnerModel

/// `GET/PUT /v1/profiles/support` (reference §2.4), App+User only; no etag.
public struct SupportProfile: ProfileResource {
    public static let section = ProfileSection.support
    public static let pathComponent = "support"
    public static let objectType = "PartnerSupportProfile"
    public static let profileTypeName = "support_profile"
    public static let hasETag = false

    public var email: String?
    public var telephone: String?
    public var website: String?
    public var displayName: String?
    public var profileType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// Creates an empty profile.
    public init() {}
}
