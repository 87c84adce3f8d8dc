import PartnerConfig
import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `GET /v1/offers?country=`: the account's catalog (as enrolled: the cloud's built-in one), `size` per page (default 100,
    /// at most 500), in catalog order. Catalog visibility is not an API capability, so every
    /// offer is listed (reference §2.8).
    public func offers(
        country: String?, size: Int?, continuationToken: String?, caller: Caller
    ) async throws -> ResourceCollection<WireOffer> {
        let (catalog, country) = try await catalog(country, caller)
        let size = size ?? 100
        guard (1...500).contains(size) else { throw ServeError.invalid("Invalid property: size must be from 1 to 500") }
        let names = Dictionary(catalog.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let locale = Self.locale(country)
        // The account's own catalog (as enrolled), in the cloud's catalog order.
        let order = Dictionary(catalog.offers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
        let listed = try await state(caller).offers.sorted {
            (order[$0.id] ?? Int.max, $0.id) < (order[$1.id] ?? Int.max, $1.id)
        }
        let offers = listed.map { offer in
            var wire = WireOffer(
                id: offer.id, name: offer.name,
                category: WireOfferCategory(
                    id: offer.category, name: names[offer.category], locale: locale, country: country),
                locale: locale, country: country)
            wire.category.attributes = nil
            wire.links = ResourceLinks(self: WireLink(uri: "/offers/\(offer.id)?country=\(country)"))
            return wire
        }
        return PageCursor.page(
            offers, size: size, from: try continuationToken.map(PageCursor.init(token:)) ?? PageCursor(offset: 0),
            selfURI: "/offers?country=\(country)")
    }

    /// `GET /v1/offercategories?country=`: the catalog's categories, in one page.
    public func offerCategories(country: String?, caller: Caller) async throws -> ResourceCollection<WireOfferCategory>
    {
        let (catalog, country) = try await catalog(country, caller)
        let categories = catalog.categories.enumerated().map { index, category in
            WireOfferCategory(
                id: category.id, name: category.name, rank: (index + 1) * 10, locale: Self.locale(country),
                country: country)
        }
        return ResourceCollection(
            totalCount: categories.count, items: categories,
            links: ResourceLinks(self: WireLink(uri: "/offercategories?country=\(country)")))
    }

    /// The catalog a country names for the caller's account: 21Vianet sells in `CN` only, the
    /// global cloud everywhere else.
    private func catalog(_ country: String?, _ caller: Caller) async throws -> (OfferCatalog, String) {
        guard let country, FormatCheck.country(country) else {
            throw ServeError.invalid("Invalid property: country must be a two-letter country code", data: ["country"])
        }
        let cloud = try await state(caller).account.cloud
        switch cloud {
        case .china where country != "CN":
            throw ServeError.invalid("Invalid property: \(cloud.displayName) sells in 'CN' only", data: ["country"])
        case .global where country == "CN":
            throw ServeError.invalid(
                "Invalid property: 'CN' is served by Partner Center operated by 21Vianet", data: ["country"])
        default:
            return (OfferCatalog.builtIn(for: cloud), country)
        }
    }

    private static func locale(_ country: String) -> String { country == "CN" ? "zh-CN" : "en-US" }
}
