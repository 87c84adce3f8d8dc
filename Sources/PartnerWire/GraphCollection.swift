/// A page of a Microsoft Graph collection: `{"@odata.context", "value": […], "@odata.nextLink"}`.
/// The next link is an absolute URL to request as it is.
public struct GraphCollection<Item: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var context: String?
    /// The items of this page.
    public var value: [Item]
    /// The next page; absent on the last.
    public var nextLink: String?

    /// Creates a page.
    public init(context: String? = nil, value: [Item], nextLink: String? = nil) {
        self.context = context
        self.value = value
        self.nextLink = nextLink
    }

    private enum CodingKeys: String, CodingKey {
        case context = "@odata.context"
        case value
        case nextLink = "@odata.nextLink"
    }
}
