public import PartnerModel

/// `GET/PUT /v1/profiles/legalbusiness` (reference §2.1). No etag in any sample.
public struct LegalBusinessProfile: ProfileResource {
    public static let section = ProfileSection.legalBusiness
    public static let pathComponent = "legalbusiness"
    public static let objectType = "LegalBusinessProfile"
    public static let profileTypeName = "LegalBusinessProfile"
    public static let hasETag = false

    public var companyName: String?
    public var address: WireAddress?
    public var primaryContact: WireContact?
    public var companyApproverAddress: WireAddress?
    public var companyApproverEmail: String?
    /// `none|pending|authorized|rejected`; set by Microsoft.
    public var vettingStatus: String?
    /// Snake case on the wire (`email_ownership` …); set by Microsoft.
    public var vettingSubStatus: String?
    public var profileType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// Creates an empty profile.
    public init() {}
}
