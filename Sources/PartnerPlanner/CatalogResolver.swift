import PartnerModel
import PartnerText

/// Decides each offer's visibility from the catalog rules: an offer named in `show` or `hide`
/// wins over its category; a category named in `show` or `hide` wins over `default`.
struct CatalogResolver {
    private let showOffers: Set<String>
    private let hideOffers: Set<String>
    private let showCategories: Set<String>
    private let hideCategories: Set<String>
    private let defaultVisibility: CatalogRules.Visibility

    init(rules: CatalogRules) {
        func split(_ selectors: [CatalogSelector]) -> (offers: Set<String>, categories: Set<String>) {
            var offers = Set<String>()
            var categories = Set<String>()
            for selector in selectors {
                switch selector {
                case .offer(let id): offers.insert(id)
                case .category(let id): categories.insert(id)
                }
            }
            return (offers, categories)
        }
        (showOffers, showCategories) = split(rules.show)
        (hideOffers, hideCategories) = split(rules.hide)
        defaultVisibility = rules.defaultVisibility
    }

    /// Whether the offer should be hidden, and why.
    func visibility(of offer: Offer) -> (hidden: Bool, reason: Message) {
        if showOffers.contains(offer.id) { return (false, Message("listed in catalog.show")) }
        if hideOffers.contains(offer.id) { return (true, Message("listed in catalog.hide")) }
        if showCategories.contains(offer.category) {
            return (false, Message("category:\(offer.category) is in catalog.show"))
        }
        if hideCategories.contains(offer.category) {
            return (true, Message("category:\(offer.category) is in catalog.hide"))
        }
        return (defaultVisibility == .hidden, Message("catalog.default is \(defaultVisibility.rawValue)"))
    }
}
