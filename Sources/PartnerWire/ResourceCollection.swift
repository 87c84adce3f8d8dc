/// A page of a Partner Center collection:
/// `{"totalCount": N, "items": […], "links": {…}, "attributes": {"objectType": "Collection"}}`.
///
/// A collection with more pages carries `continuationToken` and `links.next`, whose headers
/// (`MS-ContinuationToken`) the client copies into its request for the next page.
public struct ResourceCollection<Item: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// The number of items in the whole collection.
    public var totalCount: Int
    /// The items of this page.
    public var items: [Item]
    /// Links to this page and to the next one.
    public var links: ResourceLinks
    /// The position of the next page, when there is one.
    public var continuationToken: String?
    /// Always `Collection`.
    public var attributes: ResourceAttributes

    /// Creates a page.
    public init(
        totalCount: Int, items: [Item], links: ResourceLinks, continuationToken: String? = nil,
        attributes: ResourceAttributes = ResourceAttributes(objectType: "Collection")
    ) {
        self.totalCount = totalCount
        self.items = items
        self.links = links
        self.continuationToken = continuationToken
        self.attributes = attributes
    }
}
