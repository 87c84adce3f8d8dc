/// An offer in a Partner Center catalog.
public struct Offer: Hashable, Sendable, Codable {
    /// The offer id (`CFQ7TTC0LF8R`, `MS-AZR-0145P` or a GUID).
    public var id: String
    /// The product name partners see.
    public var name: String
    /// The id of the category the offer is listed under.
    public var category: String

    /// Creates an offer.
    public init(id: String, name: String, category: String) {
        self.id = id
        self.name = name
        self.category = category
    }
}
