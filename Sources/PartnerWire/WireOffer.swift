/// An offer as `GET /v1/offers?country=` lists it (reference §2.8): the subset of the recorded
/// keys that partnerctl's catalog knows. Offer ids compare case-insensitively.
public struct WireOffer: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The category the offer is listed under (`{"id": ""}` for none).
    public var category: WireOfferCategory
    public var locale: String?
    public var country: String?
    public var links: ResourceLinks?
    public var attributes: ResourceAttributes?

    /// Creates an offer.
    public init(id: String, name: String, category: WireOfferCategory, locale: String? = nil, country: String? = nil) {
        self.id = id
        self.name = name
        self.category = category
        self.locale = locale
        self.country = country
        links = nil
        attributes = ResourceAttributes(objectType: "Offer")
    }
}
