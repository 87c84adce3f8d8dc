/// An offer or a whole category of offers, as a catalog rule names it.
public enum CatalogSelector: Hashable, Sendable, CustomStringConvertible {
    /// One offer, by its Partner Center offer id.
    case offer(String)
    /// Every offer in a category, written `category:<id>`.
    case category(String)

    /// The selector as written in the file.
    public var description: String {
        switch self {
        case .offer(let id): return id
        case .category(let id): return "category:\(id)"
        }
    }

    /// Parses `category:<id>` or an offer id.
    public init(_ text: String) {
        if text.hasPrefix("category:") {
            self = .category(String(text.dropFirst("category:".count)))
        } else {
            self = .offer(text)
        }
    }
}
