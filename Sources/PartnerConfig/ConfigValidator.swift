import PartnerModel
import PartnerText
import PartnerYAML

/// Checks what the decoder read against itself: role names and bundles, duplicate users, domains,
/// the global-admin and protected-user rules, and catalog rules; then builds the model.
struct ConfigValidator {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// "Did you mean" for unknown roles and offers, within a fixed budget for the whole file.
    var suggester = Suggestion.Suggester()

    init(file: String) {
        self.file = file
    }

    /// - Parameter draft: Taken: its users become the configuration's without being copied.
    mutating func validate(_ draft: consuming ConfigDraft) -> AccountConfig? {
        let cloud = draft.cloud
        let bundles = resolveBundles(draft.bundles, cloud: cloud)
        // Not `map`: its closure would borrow the users, and the first change would copy them.
        var users: ConfigDraft.Users?
        if let declared = draft.users.take() { users = resolveUsers(declared, bundles: bundles, draft: draft) }
        if let users { checkGlobalAdmin(users.specs, mark: draft.usersMark ?? draft.rootMark) }
        checkPolicy(draft, users: users)
        checkCatalog(draft.catalogEntries, cloud: cloud)

        guard let account = draft.account else { return nil }
        let policy = Policy(
            pruneUsers: draft.pruneUsers?.value ?? false, protectedUsers: draft.protectedUsers.map(\.value),
            maxRemovalPercent: draft.maxRemovalPercent ?? Policy.defaultMaxRemovalPercent,
            minGlobalAdmins: draft.minGlobalAdmins ?? Policy.defaultMinGlobalAdmins)
        return AccountConfig(
            account: account, profile: draft.profile, users: users?.specs, roleBundles: bundles,
            catalog: draft.catalog, policy: policy)
    }

    // MARK: - Roles

    /// Expands every bundle to built-in roles, reporting unknown names, shadowing and cycles.
    private mutating func resolveBundles(_ bundles: [ConfigDraft.Bundle], cloud: Cloud?) -> [String: Set<Role>] {
        let byName = Dictionary(bundles.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        var resolved: [String: Set<Role>] = [:]
        var reported: Set<String> = []

        func expand(_ name: String, trail: [String]) -> Set<Role> {
            if let done = resolved[name] { return done }
            guard let bundle = byName[name] else { return [] }
            var roles: Set<Role> = []
            for reference in bundle.roles {
                if let role = Role(rawValue: reference.value) {
                    roles.insert(role)
                } else if byName[reference.value] != nil {
                    if let start = trail.firstIndex(of: reference.value) {
                        let cycle = trail[start...] + [name, reference.value]
                        if reported.insert(reference.value).inserted {
                            report(
                                .badBundle,
                                Message(
                                    "role bundle '\(reference.value)' includes itself: \(cycle.joined(separator: " → "))"
                                ),
                                at: reference, hint: Message("a bundle may name other bundles, but not in a circle"))
                        }
                    } else {
                        roles.formUnion(expand(reference.value, trail: trail + [name]))
                    }
                }
            }
            resolved[name] = roles
            return roles
        }

        for bundle in bundles {
            if Role(rawValue: bundle.name.value) != nil {
                report(
                    .badBundle, Message("role bundle '\(bundle.name.value)' has the name of a built-in role"),
                    at: bundle.name,
                    hint: Message("give the bundle a name of its own"))
            }
            for reference in bundle.roles {
                checkRoleName(
                    reference, as: Role(rawValue: reference.value), bundles: byName.keys, cloud: cloud,
                    owner: Message("role bundle '\(bundle.name.value)'"))
            }
            checkDuplicateRoles(bundle.roles, owner: Message("role bundle '\(bundle.name.value)'"))
        }
        for bundle in bundles { _ = expand(bundle.name.value, trail: []) }
        return resolved
    }

    /// Reports a role name that is neither built in nor a bundle, or not offered in the cloud;
    /// `role` is the name read as a built-in role, which the caller has done already.
    private mutating func checkRoleName<Names: Collection<String>>(
        _ name: Located<String>, as role: Role?, bundles: Names, cloud: Cloud?, owner: @autoclosure () -> Message
    ) {
        if let role {
            if let cloud, !role.isAvailable(in: cloud) {
                report(
                    .roleNotInCloud,
                    Message("\(owner()) has role '\(name.value)', which \(cloud.label) does not offer"),
                    at: name,
                    hint: Message(
                        "roles offered there: \(Role.available(in: cloud).map(\.rawValue).joined(separator: ", "))"))
            }
        } else if !bundles.contains(name.value) {
            let hint = suggester.hint(
                for: name.value, in: (cloud.map(Role.available(in:)) ?? Role.allCases).map(\.rawValue) + bundles)
            report(
                .unknownRole, Message("\(owner()) has unknown role '\(name.value)'"), at: name,
                hint: hint ?? Message("define it under 'roles', or use a built-in role"))
        }
    }

    /// Reports a role written twice in one list.
    private mutating func checkDuplicateRoles(_ references: [Located<String>], owner: @autoclosure () -> Message) {
        guard references.count > 1 else { return }
        if references.count <= 8 {
            // The usual list: a scan, no hashing.
            let unique = references.indices.allSatisfy { i in
                !references[..<i].contains { $0.value == references[i].value }
            }
            if unique { return }
        }
        // Each repeated role once, at its second mention: a list of a million repeats is one problem.
        var firstMarks: [String: Mark] = [:]
        var reported: Set<String> = []
        for reference in references {
            guard let first = firstMarks[reference.value] else {
                firstMarks[reference.value] = reference.mark
                continue
            }
            guard reported.insert(reference.value).inserted else { continue }
            report(
                .duplicateRole, Message("\(owner()) lists role '\(reference.value)' more than once"), at: reference,
                hint: Message("remove the repeated '\(reference.value)'"),
                notes: [.init(message: Message("first listed here"), mark: first)])
        }
    }

    // MARK: - Users

    /// Admits the users not admitted while they were decoded (``UserAdmission``), then
    /// resolves each user's role names, reporting unknown or repeated roles. The users are
    /// changed where they lie: copying 100,000 of them would double the memory.
    private mutating func resolveUsers(
        _ users: consuming ConfigDraft.Users, bundles: [String: Set<Role>], draft: ConfigDraft
    ) -> ConfigDraft.Users {
        var admission = users.admission.take() ?? UserAdmission(file: file, domain: draft.domain, cloud: draft.cloud)
        admission.admit(&users)
        diagnostics += admission.diagnostics
        var roleSets = RoleSetCache()
        let bundleMasks = bundles.mapValues(RoleSetCache.mask)
        for position in users.specs.indices {
            guard let references = users.origins[position].roles else { continue }
            // The checks take the owner's message as an autoclosure: it is made only for a problem.
            let upn = users.specs[position].userPrincipalName
            var roles: UInt64 = 0
            for reference in references {
                let role = Role(rawValue: reference.value)
                if let role {
                    roles |= RoleSetCache.bit(role)
                } else if let bundle = bundleMasks[reference.value] {
                    roles |= bundle
                }
                checkRoleName(
                    reference, as: role, bundles: bundles.keys, cloud: draft.cloud, owner: Message("user '\(upn)'"))
            }
            users.specs[position].roles = roleSets.roles(roles)
            checkDuplicateRoles(references, owner: Message("user '\(upn)'"))
        }
        return users
    }

    private mutating func checkGlobalAdmin(_ users: [UserSpec], mark: Mark) {
        let hasAdmin = users.contains { $0.isEnabled && $0.roles?.contains(.globalAdmin) == true }
        if !hasAdmin {
            report(
                .noGlobalAdmin, Message("no enabled user holds 'global-admin'"), at: Located("users", mark: mark),
                hint: Message(
                    "declare at least one enabled user with role 'global-admin' so the account always keeps one"))
        }
    }

    // MARK: - Policy

    private mutating func checkPolicy(_ draft: ConfigDraft, users: ConfigDraft.Users?) {
        if let prune = draft.pruneUsers, prune.value, users == nil {
            report(
                .badPolicy, Message("'policy.pruneUsers' is true but the file declares no 'users'"), at: prune,
                hint: Message("without a 'users' list every user would be deleted; declare the users to keep"))
        }
        let protectedKeys = Set(draft.protectedUsers.map { $0.value.lowercased() })
        var byKey: [String: (spec: UserSpec, origin: ConfigDraft.UserOrigin)] = [:]
        if let users, !protectedKeys.isEmpty {
            for (spec, origin) in zip(users.specs, users.origins) {
                let key = spec.key
                guard protectedKeys.contains(key), byKey[key] == nil else { continue }
                byKey[key] = (spec, origin)
            }
        }
        for name in draft.protectedUsers {
            guard let user = byKey[name.value.lowercased()] else {
                report(
                    .protectedUser, Message("protected user '\(name.value)' is not declared in 'users'"), at: name,
                    hint: Message(
                        "declare the user, enabled and with an admin role, so the file cannot remove them by omission"))
                continue
            }
            let upn = user.origin.upn.locating(user.spec.userPrincipalName)
            if !user.spec.isEnabled {
                let place = user.origin.enabled?.locating("enabled") ?? upn
                report(
                    .protectedUser, Message("protected user '\(name.value)' is declared disabled"), at: place,
                    hint: Message("protected users are never disabled; remove 'enabled: false' or the protection"),
                    notes: [.init(message: Message("protected here"), mark: name.mark)])
            }
            if let roles = user.spec.roles, !roles.contains(where: \.isAdministrative) {
                report(
                    .protectedUser, Message("protected user '\(name.value)' holds no admin role"), at: upn,
                    hint: Message("protected users are never demoted; give them an admin role such as 'global-admin'"),
                    notes: [.init(message: Message("protected here"), mark: name.mark)])
            }
        }
    }

    // MARK: - Catalog

    private mutating func checkCatalog(_ entries: (hide: [Located<String>], show: [Located<String>]), cloud: Cloud?) {
        var seen: [String: (list: String, mark: Mark)] = [:]
        let catalog = cloud.map(OfferCatalog.builtIn(for:))
        for (list, items) in [("hide", entries.hide), ("show", entries.show)] {
            for item in items {
                if let catalog, !catalog.contains(CatalogSelector(item.value)) {
                    let isCategory = item.value.hasPrefix("category:")
                    let candidates =
                        isCategory ? catalog.categories.map { "category:\($0.id)" } : catalog.offers.map(\.id)
                    report(
                        .unknownOffer,
                        Message(
                            "'catalog.\(list)' names \(isCategory ? Message("a category") : Message("an offer")) that \(catalog.cloud.label) does not list: '\(item.value)'"
                        ),
                        at: item,
                        hint: suggester.hint(for: item.value, in: candidates)
                            ?? Message(
                                "see Sources/PartnerModel/Resources/catalog-\(catalog.cloud.rawValue).json for the catalog's ids"
                            ))
                }
                if let first = seen[item.value] {
                    let message =
                        first.list == list
                        ? Message("'\(item.value)' is listed twice in 'catalog.\(list)'")
                        : Message("'\(item.value)' is both hidden and shown")
                    report(
                        .catalogConflict, message, at: item,
                        notes: [.init(message: Message("first listed here"), mark: first.mark)])
                } else {
                    seen[item.value] = (list, item.mark)
                }
            }
        }
    }

    // MARK: - Reporting

    private mutating func report<T>(
        _ code: DiagnosticCode, _ message: Message, at location: Located<T>, hint: Message? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(Diagnostic(code, message, file: file, at: location, hint: hint, notes: notes))
    }
}
