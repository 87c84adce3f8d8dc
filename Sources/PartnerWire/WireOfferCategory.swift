/// An offer category as `GET /v1/offercategories?country=` lists it (reference §2.8), and as an
/// offer's `category` names it.
public struct WireOfferCategory: Hashable, Sendable, Codable {
    /// The category id (`Enterprise_Key`); empty for an offer listed under no category.
    public var id: String
    public var name: String?
    /// The position in the portal's list.
    public var rank: Int?
    /// The language of ``name`` (`en-US`).
    public var locale: String?
    /// The catalog's country (`US`, `CN`).
    public var country: String?
    public var attributes: ResourceAttributes?

    /// Creates a category.
    public init(id: String, name: String? = nil, rank: Int? = nil, locale: String? = nil, country: String? = nil) {
        self.id = id
        self.name = name
        self.rank = rank
        self.locale = locale
        self.country = country
        attributes = ResourceAttributes(objectType: "OfferCategory")
    }
}
