import PartnerConfig
public import PartnerModel
import PartnerYAML

/// Writes an account's current state as a configuration file that plans empty against it.
public enum ConfigExporter {
    /// The configuration text for a state: account, every profile field, every user with all
    /// fields and roles, and the catalog's hidden offers.
    ///
    /// A value that `validate` would reject (a blank display name, an invisible character, a
    /// country the cloud does not allow, a state that is not one of its country's codes …) is
    /// left out with a comment saying why: the field is then not managed, so the file still
    /// validates and still plans empty against the state. A user whose principal name the file
    /// could not hold is left out the same way (users not listed are left alone).
    public static func yaml(for state: AccountState) -> String {
        var out = """
            # Exported by partnerctl from the account's current state.
            apiVersion: \(AccountConfig.apiVersion)
            account:
              tenantId: \(state.account.tenantId)
              cloud: \(state.account.cloud.rawValue)
              domain: \(state.account.domain)

            """
        out += profile(state.profile, cloud: state.account.cloud)
        let users = state.users.values.sorted { $0.key < $1.key }
        if users.isEmpty {
            out += "users: []\n"
        } else {
            out += "users:\n"
            let cloud = state.account.cloud
            let domainSuffix = "@" + state.account.domain.lowercased()
            for user in users {
                let upn = Normalization.text(user.userPrincipalName)
                guard FormatCheck.userPrincipalName(upn), upn.lowercased().hasSuffix(domainSuffix) else {
                    out += "  # a user was left out: its user principal name is not one a configuration can hold\n"
                    continue
                }
                out += "  - userPrincipalName: \(YAMLEmitter.scalar(user.userPrincipalName))\n"
                for field in UserField.allCases {
                    guard let value = field.value(in: user) else { continue }
                    if let problem = problem(
                        value, format: field.format, maxLength: field.maxLength,
                        minLength: field == .displayName ? 1 : 0, cloud: cloud)
                    {
                        out += "    # \(field.rawValue) left out: the value is \(problem)\n"
                        continue
                    }
                    out += "    \(field.rawValue): \(YAMLEmitter.scalar(value))\n"
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

    /// Why `validate` would reject a value, or nil.
    private static func problem(_ value: String, format: FieldFormat, maxLength: Int, minLength: Int, cloud: Cloud)
        -> String?
    {
        if let problem = FormatCheck.valueProblem(value, format: format, maxLength: maxLength, minLength: minLength) {
            return problem
        }
        if format == .country, let required = cloud.requiredCountry, Normalization.text(value) != required {
            return "a country other than \(required)"
        }
        return nil
    }

    /// The profile as nested mappings, in schema order.
    private static func profile(_ profile: Profile, cloud: Cloud) -> String {
        let fields = profile.fields.filter { field in
            guard let value = profile[field] else { return false }
            return problem(
                value, format: field.format, maxLength: field.maxLength, minLength: field.minLength, cloud: cloud)
                == nil && addressRuleHolds(field, value: value, in: profile, cloud: cloud)
        }
        var out = ""
        let left = profile.fields.count - fields.count
        if left > 0 {
            out +=
                "# \(left) profile field\(left == 1 ? " was" : "s were") left out: "
                + "\(left == 1 ? "its value is" : "their values are") not one a configuration can hold\n"
        }
        guard !fields.isEmpty else { return out }
        out += "profile:\n"
        var open: [String] = []
        for field in fields {
            let path = [field.section.rawValue] + field.keys
            let groups = Array(path.dropLast())
            let shared = zip(open, groups).prefix { $0 == $1 }.count
            for (depth, key) in groups.enumerated().dropFirst(shared) {
                out += String(repeating: "  ", count: depth + 1) + "\(key):\n"
            }
            open = groups
            out +=
                String(repeating: "  ", count: path.count) + "\(path.last!): \(YAMLEmitter.scalar(profile[field]!))\n"
        }
        return out
    }

    /// Whether a field keeps its country's rules (``CountryRules``) as `validate` applies them:
    /// an address's `state` is one of its country's codes, its `postalCode` has the country's
    /// form, and its `country` is written only when the fields that country requires are
    /// written too; the organization's `language` and `culture` are ones its country supports.
    private static func addressRuleHolds(_ field: ProfileField, value: String, in profile: Profile, cloud: Cloud)
        -> Bool
    {
        guard let key = field.keys.last else { return true }
        let prefix = [field.section.rawValue] + field.keys.dropLast()
        if field.section == .organization, field.keys.count == 1, key == "language" || key == "culture" {
            guard
                let rules = effectiveCountry(["organization", "defaultAddress"], in: profile, cloud: cloud)
                    .flatMap(CountryRules.forCountry),
                let supported = key == "language" ? rules.languages : rules.cultures
            else { return true }
            return supported.contains(Normalization.text(value))
        }
        guard ["state", "postalCode", "country"].contains(key) else { return true }
        if key == "country" { return exportedCountry(prefix, in: profile, cloud: cloud) != nil }
        let rules = effectiveCountry(prefix, in: profile, cloud: cloud).flatMap(CountryRules.forCountry)
        return siblingHolds(key, prefix, rules: rules, in: profile, cloud: cloud)
    }

    /// The country `validate` checks an address against: the one written, else the cloud's.
    private static func effectiveCountry(_ prefix: [String], in profile: Profile, cloud: Cloud) -> String? {
        exportedCountry(prefix, in: profile, cloud: cloud) ?? cloud.requiredCountry
    }

    /// An address's country when export writes it: a valid value whose required fields are
    /// written too.
    private static func exportedCountry(_ prefix: [String], in profile: Profile, cloud: Cloud) -> String? {
        let path = (prefix + ["country"]).joined(separator: ".")
        guard let value = profile.values[path].map(Normalization.text), let field = ProfileSchema.field(atPath: path),
            problem(value, format: field.format, maxLength: field.maxLength, minLength: field.minLength, cloud: cloud)
                == nil
        else { return nil }
        guard let rules = CountryRules.forCountry(value) else { return value }
        let required = [
            ("city", rules.isCityRequired), ("state", rules.isStateRequired),
            ("postalCode", rules.isPostalCodeRequired),
        ]
        for (name, isRequired) in required where isRequired == true {
            guard siblingHolds(name, prefix, rules: rules, in: profile, cloud: cloud) else { return nil }
        }
        return value
    }

    /// Whether an address's sibling field is written: present, valid, and within `rules`.
    private static func siblingHolds(
        _ name: String, _ prefix: [String], rules: CountryRules?, in profile: Profile, cloud: Cloud
    )
        -> Bool
    {
        let path = (prefix + [name]).joined(separator: ".")
        guard let text = profile.values[path].map(Normalization.text), let field = ProfileSchema.field(atPath: path)
        else {
            return false
        }
        if name == "state", let states = rules?.states, !states.isEmpty {
            return rules?.state(code: text) != nil
        }
        guard
            problem(text, format: field.format, maxLength: field.maxLength, minLength: field.minLength, cloud: cloud)
                == nil
        else { return false }
        if name == "postalCode", let rules { return rules.postalCodeMatches(text) }
        return true
    }
}
