/// A rule of the configuration that the store cannot carry out, so the plan leaves it out and
/// lists it: Partner Center has no API for catalog visibility.
public struct UnmanagedRule: Hashable, Sendable, Codable {
    /// The setting as the file writes it: `catalog.default`, `catalog.hide` or `catalog.show`.
    public var setting: String
    /// The value: an offer id, `category:<id>`, or `hidden` for `catalog.default`.
    public var value: String
    /// Why the store cannot carry it out.
    public var reason: String
    /// Where in the Partner Center portal the nearest setting is, and what it can do.
    public var portal: String

    /// Creates a rule.
    public init(setting: String, value: String, reason: String, portal: String) {
        self.setting = setting
        self.value = value
        self.reason = reason
        self.portal = portal
    }

    /// Why catalog rules are not managed by the Partner Center store.
    public static let catalogReason = "Partner Center has no API for catalog visibility"

    /// The portal's catalog page in a cloud (reference: "customize the catalog").
    public static func catalogPortal(in cloud: Cloud) -> String {
        let path = cloud == .china ? "Dashboard > Account settings > Catalog" : "Sell > Catalog"
        return "\(path) in the Partner Center portal; it only pins up to five offers to the top of the list "
            + "(hiding an offer is not a documented feature)"
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
