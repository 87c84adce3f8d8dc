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
