/// Which offers the partner's catalog shows.
public struct CatalogRules: Hashable, Sendable {
    /// What happens to offers that no rule names.
    public enum Visibility: String, CaseIterable, Hashable, Sendable, Codable {
        case visible, hidden
    }

    /// The visibility of offers that no rule names.
    public var defaultVisibility: Visibility
    /// Offers and categories to hide.
    public var hide: [CatalogSelector]
    /// Offers and categories to show; a shown offer wins over a hidden category.
    public var show: [CatalogSelector]

    /// Creates rules.
    public init(defaultVisibility: Visibility = .visible, hide: [CatalogSelector] = [], show: [CatalogSelector] = []) {
        self.defaultVisibility = defaultVisibility
        self.hide = hide
        self.show = show
    }
}

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
