import Foundation

/// The offers a cloud's catalog lists, as shipped with partnerctl (`Resources/catalog-*.json`).
public struct OfferCatalog: Hashable, Sendable, Codable {
    /// A category of offers.
    public struct Category: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
    }

    /// The cloud the catalog belongs to.
    public var cloud: Cloud
    /// The categories, in order.
    public var categories: [Category]
    /// The offers, sorted by category then id.
    public var offers: [Offer]

    /// Creates a catalog.
    public init(cloud: Cloud, categories: [Category], offers: [Offer]) {
        self.cloud = cloud
        self.categories = categories
        self.offers = offers
    }

    /// The catalog partnerctl ships for a cloud.
    public static func builtIn(for cloud: Cloud) -> OfferCatalog {
        switch cloud {
        case .china: return china
        case .global: return global
        }
    }

    private static let china = decode(PackageResources.catalog_china_json)
    private static let global = decode(PackageResources.catalog_global_json)

    private static func decode(_ bytes: [UInt8]) -> OfferCatalog {
        do {
            return try JSONDecoder().decode(OfferCatalog.self, from: Data(bytes))
        } catch {
            preconditionFailure("the shipped catalog does not decode: \(error)")
        }
    }

    /// Whether a rule's selector names an offer or category in this catalog.
    public func contains(_ selector: CatalogSelector) -> Bool {
        switch selector {
        case .offer(let id): return offers.contains { $0.id == id }
        case .category(let id): return categories.contains { $0.id == id }
        }
    }
}
