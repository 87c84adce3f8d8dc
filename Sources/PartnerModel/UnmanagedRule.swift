public import PartnerText

/// A rule of the configuration that the store cannot carry out, so the plan leaves it out and
/// lists it: Partner Center has no API for catalog visibility.
public struct UnmanagedRule: Hashable, Sendable, Codable {
    /// The setting as the file writes it: `catalog.default`, `catalog.hide` or `catalog.show`.
    public var setting: String
    /// The value: an offer id, `category:<id>`, or `hidden` for `catalog.default`.
    public var value: String
    /// Why the store cannot carry it out.
    public var reason: Message
    /// Where in the Partner Center portal the nearest setting is, and what it can do.
    public var portal: Message

    /// Creates a rule.
    public init(setting: String, value: String, reason: Message, portal: Message) {
        self.setting = setting
        self.value = value
        self.reason = reason
        self.portal = portal
    }

    /// Why catalog rules are not managed by the Partner Center store.
    public static let catalogReason = Message("Partner Center has no API for catalog visibility")

    /// The portal's catalog page in a cloud (reference: "customize the catalog").
    public static func catalogPortal(in cloud: Cloud) -> Message {
        cloud == .china
            ? Message(
                "Dashboard > Account settings > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)"
            )
            : Message(
                "Sell > Catalog in the Partner Center portal; it only pins up to five offers to the top of the list (hiding an offer is not a documented feature)"
            )
    }

    /// The rules of a catalog section that a store without catalog visibility cannot carry out:
    /// every `hide` and `show`, and `default: hidden` (Partner Center shows every offer, so
    /// `default: visible` with nothing hidden is what it has already).
    public static func catalog(_ rules: CatalogRules?, cloud: Cloud) -> [UnmanagedRule] {
        guard let rules else { return [] }
        let portal = catalogPortal(in: cloud)
        func rule(_ setting: String, _ value: String) -> UnmanagedRule {
            UnmanagedRule(setting: setting, value: value, reason: catalogReason, portal: portal)
        }
        var out: [UnmanagedRule] = []
        if rules.defaultVisibility == .hidden { out.append(rule("catalog.default", "hidden")) }
        out += rules.hide.map { rule("catalog.hide", $0.description) }
        out += rules.show.map { rule("catalog.show", $0.description) }
        return out
    }
}
