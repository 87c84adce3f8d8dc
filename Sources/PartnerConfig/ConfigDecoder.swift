import PartnerModel
import PartnerText
import PartnerYAML

/// Decodes a YAML tree into a ``ConfigDraft``, reporting every shape problem it meets: unknown
/// and missing keys, wrong types, bad enum values, formats and lengths.
///
/// Scalars are typed by the field they fill, never by YAML 1.1 guessing: a string field takes
/// the text as written (`NO`, `010000`), a boolean field takes only `true` or `false`.
struct ConfigDecoder: Sendable {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// "Did you mean" for unknown keys and values, within a fixed budget for the whole file.
    var suggester = Suggestion.Suggester()
    /// The users decoded while the file was parsed (see ``receive(_:index:)``), until
    /// ``decode(_:)`` takes them.
    var streamedUsers = ConfigDraft.Users()
    /// The role sets of the users whose roles are all built in.
    private var roleSets = RoleSetCache()

    init(file: String) {
        self.file = file
    }

    static let topLevelKeys = ["apiVersion", "account", "profile", "users", "roles", "catalog", "policy"]
    static let accountKeys = ["tenantId", "cloud", "domain"]
    static let userKeys = [
        "userPrincipalName", "displayName", "firstName", "lastName", "usageLocation", "enabled", "roles",
    ]
    static let catalogKeys = ["default", "hide", "show"]
    static let policyKeys = ["pruneUsers", "protectedUsers", "maxRemovalPercent", "minGlobalAdmins"]

    // MARK: - The file

    mutating func decode(_ root: YAMLNode?) -> ConfigDraft {
        var draft = ConfigDraft()
        guard let root else {
            report(
                .missingKey, Message("the file has no configuration"), at: draft.rootMark,
                hint: Message("a configuration starts with 'apiVersion: \(AccountConfig.apiVersion)'"))
            return draft
        }
        draft.rootMark = root.mark
        guard let keys = entries(of: root, at: nil, allowed: Self.topLevelKeys, required: ["apiVersion", "account"])
        else { return draft }

        if let node = keys["apiVersion"], let version = string(node, at: "apiVersion"),
            version.value != AccountConfig.apiVersion
        {
            report(
                .apiVersion, Message("unsupported apiVersion '\(version.value)'"), at: node,
                hint: Message("this partnerctl reads '\(AccountConfig.apiVersion)'"))
        }
        if let node = keys["account"] { decodeAccount(node, into: &draft) }
        if let node = keys["profile"] { decodeProfile(node, cloud: draft.cloud, into: &draft) }
        if let pair = keys.pair("users") {
            draft.usersMark = pair.key.mark
            decodeUsers(pair.value, into: &draft)
        }
        if let node = keys["roles"] { decodeBundles(node, into: &draft) }
        if let node = keys["catalog"] { decodeCatalog(node, into: &draft) }
        if let node = keys["policy"] { decodePolicy(node, into: &draft) }
        return draft
    }

    /// The account a file declares, decoded alone with every problem ignored; nil unless the
    /// `account` section is well formed.
    static func declaredAccount(in root: YAMLNode?) -> AccountIdentity? {
        root?.mapping.flatMap(declaredAccount(among:))
    }

    /// The account declared among a mapping's entries, decoded alone with every problem
    /// ignored; nil unless there is a well-formed `account` entry.
    static func declaredAccount(among entries: YAMLMapping) -> AccountIdentity? {
        accountSection(among: entries)?.account
    }

    /// The `account` entry among a mapping's entries, decoded alone with every problem ignored
    /// (as ``decode(_:)`` decodes it); nil when there is none.
    static func accountSection(among entries: YAMLMapping) -> (
        account: AccountIdentity?, domain: String?, cloud: Cloud?
    )? {
        guard let node = entries["account"] else { return nil }
        var decoder = ConfigDecoder(file: "")
        var draft = ConfigDraft()
        decoder.decodeAccount(node, into: &draft)
        return (draft.account, draft.domain, draft.cloud)
    }

    // MARK: - Sections

    private mutating func decodeAccount(_ node: YAMLNode, into draft: inout ConfigDraft) {
        guard let keys = entries(of: node, at: "account", allowed: Self.accountKeys, required: Self.accountKeys)
        else { return }
        let tenant = keys["tenantId"].flatMap { node in
            checked(
                string(node, at: "account.tenantId"), at: "account.tenantId", node: node,
                expected: Message("a GUID"), example: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", FormatCheck.guid)
        }
        let domain = keys["domain"].flatMap { node in
            checked(
                string(node, at: "account.domain"), at: "account.domain", node: node,
                expected: Message("a domain name"), example: "contoso.partner.onmschina.cn", FormatCheck.domain)
        }
        let cloud = keys["cloud"].flatMap { enumValue(Cloud.self, $0, at: "account.cloud") }
        draft.domain = domain?.value.lowercased()
        draft.cloud = cloud
        if let tenant, let domain, let cloud {
            draft.account = AccountIdentity(
                tenantId: tenant.value.lowercased(), cloud: cloud, domain: domain.value.lowercased())
        }
    }

    private mutating func decodeProfile(_ node: YAMLNode, cloud: Cloud?, into draft: inout ConfigDraft) {
        let sections = ProfileSection.allCases.map(\.rawValue)
        guard let keys = entries(of: node, at: "profile", allowed: sections) else { return }
        for section in ProfileSection.allCases {
            guard let value = keys[section.rawValue] else { continue }
            let path = "profile.\(section.rawValue)"
            let fields = decodeGroup(
                ProfileSchema.group(for: section), value, path: path,
                fieldPath: [section.rawValue], cloud: cloud, into: &draft.profile)
            if section == .organization {
                let country = draft.profile.values["organization.defaultAddress.country"] ?? cloud?.requiredCountry
                checkLocale(fields, country: country, path: path)
            }
        }
    }

    /// A field's value as decoded, with its node.
    typealias DecodedField = (text: Located<String>, node: YAMLNode)

    /// Decodes a group of profile fields into `profile`; returns the group's own fields that
    /// decoded, by key.
    @discardableResult
    private mutating func decodeGroup(
        _ group: ProfileSchema.Group, _ node: YAMLNode, path: String, fieldPath: [String], cloud: Cloud?,
        into profile: inout Profile
    ) -> [String: DecodedField] {
        guard let keys = entries(of: node, at: path, allowed: group.entries.map(\.key), readOnly: group.readOnly)
        else { return [:] }
        // An address is checked against its country's rules: the country it declares, else the
        // one its cloud requires.
        let rules =
            group.isAddress
            ? (keys["country"]?.scalar.map { Normalization.text($0.text) } ?? cloud?.requiredCountry)
                .flatMap(CountryRules.forCountry) : nil
        var decoded: [String: DecodedField] = [:]
        for (key, child) in group.entries {
            guard let value = keys[key] else { continue }
            let childPath = "\(path).\(key)"
            switch child {
            case .group(let inner):
                decodeGroup(inner, value, path: childPath, fieldPath: fieldPath + [key], cloud: cloud, into: &profile)
            case .field(let format, let maxLength, let minLength):
                if key == "state", let rules, let states = rules.states, !states.isEmpty {
                    // A state where the service wants a code: say which code, rather than "too long".
                    guard let text = string(value, at: childPath) else { continue }
                    guard rules.state(code: text.value) != nil else {
                        reportState(text.value, at: value, path: childPath, rules: rules)
                        continue
                    }
                    decoded[key] = (text, value)
                    profile.values[(fieldPath + [key]).joined(separator: ".")] = text.value
                    continue
                }
                guard
                    let text = fieldText(
                        value, at: childPath, format: format, maxLength: maxLength, minLength: minLength)
                else { continue }
                if format == .country { checkCountry(text, path: childPath, cloud: cloud) }
                decoded[key] = (text, value)
                profile.values[(fieldPath + [key]).joined(separator: ".")] = text.value
            }
        }
        if let rules {
            checkAddress(decoded, written: keys.written, at: node, path: path, rules: rules)
        }
        return decoded
    }

    // MARK: - Country rules

    /// Reports a state that is not one of the country's codes, with the code it probably means.
    private mutating func reportState(_ state: String, at node: YAMLNode, path: String, rules: CountryRules) {
        guard let problem = rules.stateProblem(state, path: path) else { return }
        report(.addressRule, problem.message, at: node, hint: problem.hint)
    }

    /// Checks an address's postal code, phone number and required fields against its country's
    /// rules (``CountryRules/problems(address:written:path:)``), each problem at its field.
    private mutating func checkAddress(
        _ fields: [String: DecodedField], written: Set<String>, at node: YAMLNode, path: String, rules: CountryRules
    ) {
        for problem in rules.problems(address: fields.mapValues(\.text.value), written: written, path: path) {
            report(
                .addressRule, problem.message, at: problem.field.flatMap { fields[$0]?.node } ?? node,
                hint: problem.hint)
        }
    }

    /// Checks the organization's `language` and `culture` against its country's supported lists.
    private mutating func checkLocale(_ fields: [String: DecodedField], country: String?, path: String) {
        guard let rules = country.flatMap(CountryRules.forCountry) else { return }
        for (key, supported) in [("language", rules.languages), ("culture", rules.cultures)] {
            guard let supported, let field = fields[key], !supported.contains(field.text.value) else { continue }
            let value = field.text.value
            var hint = Message("\(rules.localName) supports: \(supported.joined(separator: ", "))")
            if let exact = supported.first(where: { $0.lowercased() == value.lowercased() }) {
                hint = Message("write '\(exact)'")
            } else if key == "language", supported.contains("zh-CHS"), value.lowercased().hasPrefix("zh") {
                hint = Message("Partner Center writes Simplified Chinese as 'zh-CHS'")
            }
            report(
                .localeRule, Message("'\(path).\(key)' must be one that \(rules.localName) supports, found '\(value)'"),
                at: field.node, hint: hint)
        }
    }

    private mutating func decodeUsers(_ node: YAMLNode, into draft: inout ConfigDraft) {
        if node.isStreamed {
            draft.users = streamedUsers
            streamedUsers = ConfigDraft.Users()
            return
        }
        guard let items = sequence(node, at: "users") else { return }
        var users = ConfigDraft.Users()
        users.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let user = decodeUser(item, index: index) { users.append(user.spec, user.origin) }
        }
        draft.users = users
    }

    /// Decodes one item of `users`; nil after reporting why it cannot be a user.
    mutating func decodeUser(_ item: YAMLNode, index: Int) -> (spec: UserSpec, origin: ConfigDraft.UserOrigin)? {
        let path = { "users[\(index)]" }
        guard let keys = entries(of: item, at: path(), allowed: Self.userKeys, required: ["userPrincipalName"]),
            let upnNode = keys["userPrincipalName"],
            let upn = checked(
                string(upnNode, at: "\(path()).userPrincipalName"), at: "\(path()).userPrincipalName",
                node: upnNode, expected: Message("a user principal name"),
                example: "li.wei@contoso.partner.onmschina.cn",
                FormatCheck.userPrincipalName)
        else { return nil }
        var spec = UserSpec(userPrincipalName: upn.value)
        spec.displayName = keys["displayName"].flatMap {
            fieldText(
                $0, at: "\(path()).displayName", format: .text, maxLength: UserField.displayName.maxLength,
                minLength: 1)?.value
        }
        spec.firstName = keys["firstName"].flatMap {
            fieldText($0, at: "\(path()).firstName", format: .text, maxLength: UserField.firstName.maxLength)?
                .value
        }
        spec.lastName = keys["lastName"].flatMap {
            fieldText($0, at: "\(path()).lastName", format: .text, maxLength: UserField.lastName.maxLength)?
                .value
        }
        // Checked against the cloud's country by the validator: the account may come later in the file.
        let location = keys["usageLocation"].flatMap {
            fieldText($0, at: "\(path()).usageLocation", format: .country, maxLength: 2)
        }
        spec.usageLocation = location?.value
        let enabled = keys["enabled"].flatMap { bool($0, at: "\(path()).enabled") }
        spec.enabled = enabled?.value
        var origin = ConfigDraft.UserOrigin(
            index: Int32(clamping: index), upn: .init(upn), enabled: enabled.map(ConfigDraft.Place.init),
            usageLocation: location.map(ConfigDraft.Place.init))
        if let node = keys["roles"] {
            if let names = node.sequence, let mask = RoleSetCache.plainMask(of: names) {
                spec.roles = roleSets.roles(mask)
            } else {
                origin.roles = stringList(node, at: "\(path()).roles")
            }
        }
        return (spec, origin)
    }

    /// Reports a country other than the one the cloud requires (`CN` for 21Vianet).
    private mutating func checkCountry(_ country: Located<String>, path: String, cloud: Cloud?) {
        if let problem = Diagnostic.wrongCountry(country, path: path, cloud: cloud, file: file) {
            diagnostics.append(problem)
        }
    }

    private mutating func decodeBundles(_ node: YAMLNode, into draft: inout ConfigDraft) {
        guard let pairs = mapping(node, at: "roles") else { return }
        for pair in pairs {
            guard let name = keyText(pair.key, in: "roles"),
                let roles = stringList(pair.value, at: "roles.\(name.value)")
            else { continue }
            draft.bundles.append(ConfigDraft.Bundle(name: name, roles: roles))
        }
    }

    private mutating func decodeCatalog(_ node: YAMLNode, into draft: inout ConfigDraft) {
        guard let keys = entries(of: node, at: "catalog", allowed: Self.catalogKeys) else { return }
        var rules = CatalogRules()
        if let value = keys["default"],
            let visibility = enumValue(CatalogRules.Visibility.self, value, at: "catalog.default")
        {
            rules.defaultVisibility = visibility
        }
        for list in ["hide", "show"] {
            guard let value = keys[list], let items = stringList(value, at: "catalog.\(list)") else { continue }
            let valid = items.filter { item in
                let text = item.value
                let ok =
                    text.hasPrefix("category:")
                    ? FormatCheck.categoryId(String(text.dropFirst("category:".count))) : FormatCheck.offerId(text)
                if !ok {
                    report(
                        .badFormat, Message("'\(text)' in 'catalog.\(list)' is neither an offer id nor a category"),
                        at: item.mark, end: item.endMark,
                        hint: Message("write an offer id ('CFQ7TTC0LH18', 'MS-AZR-0145P' or a GUID) or 'category:<id>'")
                    )
                }
                return ok
            }
            let selectors = valid.map { CatalogSelector($0.value) }
            if list == "hide" {
                rules.hide = selectors
                draft.catalogEntries.hide = valid
            } else {
                rules.show = selectors
                draft.catalogEntries.show = valid
            }
        }
        draft.catalog = rules
    }

    private mutating func decodePolicy(_ node: YAMLNode, into draft: inout ConfigDraft) {
        guard let keys = entries(of: node, at: "policy", allowed: Self.policyKeys) else { return }
        draft.pruneUsers = keys["pruneUsers"].flatMap { bool($0, at: "policy.pruneUsers") }
        draft.maxRemovalPercent = keys["maxRemovalPercent"].flatMap {
            integer($0, at: "policy.maxRemovalPercent", in: 0...100)?.value
        }
        draft.minGlobalAdmins = keys["minGlobalAdmins"].flatMap {
            integer($0, at: "policy.minGlobalAdmins", in: 0...1000)?.value
        }
        if let value = keys["protectedUsers"], let names = stringList(value, at: "policy.protectedUsers") {
            draft.protectedUsers = names.filter { name in
                guard FormatCheck.userPrincipalName(name.value) else {
                    report(
                        .badFormat, Message("'\(name.value)' in 'policy.protectedUsers' is not a user principal name"),
                        at: name.mark, end: name.endMark)
                    return false
                }
                return true
            }
        }
    }
}
