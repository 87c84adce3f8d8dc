public import PartnerModel

/// `GET/PUT /v1/profiles/billing` (reference §2.3), App+User only; carries `attributes.etag`.
public struct BillingProfile: ProfileResource {
    public static let section = ProfileSection.billing
    public static let pathComponent = "billing"
    public static let objectType = "BillingProfile"
    public static let profileTypeName = "BillingProfile"
    public static let hasETag = true

    public var companyName: String?
    public var address: WireAddress?
    public var primaryContact: WireContact?
    public var purchaseOrderNumber: String?
    public var taxId: String?
    /// Follows from the account's market; read-only.
    public var billingCurrency: String?
    /// Set by Partner Center; read-only.
    public var billingDay: Int?
    public var profileType: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// Creates an empty profile.
    public init() {}
}
