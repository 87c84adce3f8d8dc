public import PartnerModel
import PartnerYAML

/// Writes an account's current state as a configuration file that plans empty against it.
public enum ConfigExporter {
    /// The configuration text for a state: account, every profile field, every user with all
    /// fields and roles, and the catalog's hidden offers.
    public static func yaml(for state: AccountState) -> String {
        var out = """
            # Exported by partnerctl from the account's current state.
            apiVersion: \(AccountConfig.apiVersion)
            account:
              tenantId: \(state.account.tenantId)
              cloud: \(state.account.cloud.rawValue)
              domain: \(state.account.domain)

            """
        out += profile(state.profile)
        let users = state.users.values.sorted { $0.key < $1.key }
        if users.isEmpty {
            out += "users: []\n"
        } else {
            out += "users:\n"
            for user in users {
                out += "  - userPrincipalName: \(YAMLEmitter.scalar(user.userPrincipalName))\n"
                for field in UserField.allCases {
                    if let value = field.value(in: user) { out += "    \(field.rawValue): \(YAMLEmitter.scalar(value))\n" }
                }
                if !user.enabled { out += "    enabled: false\n" }
                out += "    roles: [\(user.roles.sorted().map(\.rawValue).joined(separator: ", "))]\n"
            }
        }
        out += "catalog:\n  default: visible\n"
        let hidden = state.offers.map(\.id).filter(state.hiddenOffers.contains).sorted()
        if !hidden.isEmpty {
            out += "  hide:\n" + hidden.map { "    - \(YAMLEmitter.scalar($0))\n" }.joined()
        }
        return out
    }

    /// The profile as nested mappings, in schema order.
    private static func profile(_ profile: Profile) -> String {
        guard !profile.isEmpty else { return "" }
        var out = "profile:\n"
        var open: [String] = []
        for field in profile.fields {
            let path = [field.section.rawValue] + field.keys
            let groups = Array(path.dropLast())
            let shared = zip(open, groups).prefix { $0 == $1 }.count
            for (depth, key) in groups.enumerated().dropFirst(shared) {
                out += String(repeating: "  ", count: depth + 1) + "\(key):\n"
            }
            open = groups
            out += String(repeating: "  ", count: path.count) + "\(path.last!): \(YAMLEmitter.scalar(profile[field]!))\n"
        }
        return out
    }
}
