import PartnerModel
import PartnerText

/// Gathers steps by phase while planning, then orders them safely.
struct PlanBuilder {
    let desired: AccountConfig
    let current: AccountState

    private var profile: [PlanStep] = []
    private var creates: [PlanStep] = []
    private var enables: [PlanStep] = []
    private var updates: [PlanStep] = []
    private var grants: [PlanStep] = []
    private var catalog: [PlanStep] = []
    private var revokes: [PlanStep] = []
    private var disables: [PlanStep] = []
    private var deletes: [PlanStep] = []
    private var warnings: [Message] = []

    init(desired: AccountConfig, current: AccountState) {
        self.desired = desired
        self.current = current
    }

    // MARK: - Profile

    mutating func planProfile() {
        for section in ProfileSection.allCases {
            let changes = desired.profile.fields.filter { $0.section == section }.compactMap { field -> FieldChange? in
                let wanted = desired.profile[field]
                let existing = current.profile[field]
                guard !Self.same(wanted, existing, format: field.format) else { return nil }
                return FieldChange(field: field.path, before: existing, after: wanted)
            }
            if !changes.isEmpty {
                profile.append(
                    PlanStep(
                        kind: .profileUpdate, target: section.rawValue, changes: changes,
                        reason: Message("the \(section.rawValue) profile differs from the configuration")))
            }
        }
    }

    // MARK: - Users

    mutating func planUsers() {
        guard let users = desired.users else { return }
        // The declared keys are needed only to prune; a set of 100,000 strings is not free.
        let prune = desired.policy.pruneUsers
        var declared = Set<String>()
        if prune { declared.reserveCapacity(users.count) }
        for spec in users {
            let key = spec.key
            if prune { declared.insert(key) }
            if let existing = current.users[key] {
                planExisting(existing, spec)
            } else {
                planCreate(spec)
            }
        }
        guard prune else { return }
        for user in current.users.values.sorted(by: { $0.key < $1.key }) where !declared.contains(user.key) {
            deletes.append(
                PlanStep(
                    kind: .userDelete, target: user.userPrincipalName,
                    reason: Message("not in the configuration, and policy.pruneUsers is true")))
        }
    }

    private mutating func planCreate(_ spec: UserSpec) {
        var changes = UserField.allCases.compactMap { field in
            field.value(in: spec).map { FieldChange(field: field.rawValue, before: nil, after: $0) }
        }
        changes.append(FieldChange(field: "enabled", before: nil, after: String(spec.isEnabled)))
        creates.append(
            PlanStep(
                kind: .userCreate, target: spec.userPrincipalName, changes: changes,
                reason: Message("declared in the configuration, not in the account")))
        for role in (spec.roles ?? []).sorted() {
            grants.append(
                PlanStep(
                    kind: .roleGrant, target: spec.userPrincipalName, role: role,
                    reason: Message("declared for the new user")))
        }
    }

    private mutating func planExisting(_ user: UserState, _ spec: UserSpec) {
        let target = user.userPrincipalName
        let changes = UserField.allCases.compactMap { field -> FieldChange? in
            guard let wanted = field.value(in: spec) else { return nil }
            let existing = field.value(in: user)
            return Self.same(wanted, existing, format: field.format)
                ? nil : FieldChange(field: field.rawValue, before: existing, after: wanted)
        }
        if !changes.isEmpty {
            updates.append(
                PlanStep(
                    kind: .userUpdate, target: target, changes: changes,
                    reason: Message("the user differs from the configuration")))
        }
        if let enabled = spec.enabled, enabled != user.enabled {
            let change = [FieldChange(field: "enabled", before: String(user.enabled), after: String(enabled))]
            if enabled {
                enables.append(
                    PlanStep(kind: .userEnable, target: target, changes: change, reason: Message("declared enabled")))
            } else {
                disables.append(
                    PlanStep(
                        kind: .userDisable, target: target, changes: change,
                        reason: Message("declared with enabled: false")))
            }
        }
        guard let roles = spec.roles, roles != user.roles else { return }
        for role in roles.subtracting(user.roles).sorted() {
            grants.append(
                PlanStep(kind: .roleGrant, target: target, role: role, reason: Message("declared in the configuration"))
            )
        }
        for role in user.roles.subtracting(roles).sorted() {
            revokes.append(
                PlanStep(
                    kind: .roleRevoke, target: target, role: role,
                    reason: Message("not declared for this user")))
        }
    }

    // MARK: - Catalog

    mutating func planCatalog() {
        guard let rules = desired.catalog else { return }
        let rulesByOffer = CatalogResolver(rules: rules)
        let known = Set(current.offers.map(\.id))
        let categories = Set(current.offers.map(\.category))
        for selector in rules.hide + rules.show {
            let listed: Bool
            switch selector {
            case .offer(let id): listed = known.contains(id)
            case .category(let id): listed = categories.contains(id)
            }
            if !listed {
                warnings.append(Message("the catalog rule '\(selector)' names nothing in the account's catalog"))
            }
        }
        for offer in current.offers.sorted(by: { $0.id < $1.id }) {
            let (hidden, reason) = rulesByOffer.visibility(of: offer)
            let isHidden = current.hiddenOffers.contains(offer.id)
            guard hidden != isHidden else { continue }
            let change = [
                FieldChange(
                    field: "visibility", before: isHidden ? "hidden" : "visible",
                    after: hidden ? "hidden" : "visible")
            ]
            catalog.append(
                PlanStep(
                    kind: hidden ? .catalogHide : .catalogShow, target: offer.id, changes: change,
                    reason: reason))
        }
    }

    // MARK: - Order and safety

    /// Orders the phases and drops destructive steps the policy forbids: any on a protected user,
    /// and any that would leave the account without an enabled global admin.
    mutating func finish() -> Plan {
        var overlay = AccountOverlay(current)
        // The admins the plan adds before its destructive steps; the account's own count is
        // read only when a destructive step would remove one.
        var added = 0
        var existing: Int?
        var steps = profile + creates + enables + updates + grants + catalog
        for step in creates + enables + grants {
            added += (try? overlay.apply(step)) ?? 0
        }
        for step in revokes + disables + deletes {
            if desired.policy.protects(step.target) {
                warnings.append(Message("'\(step.summary)' skipped: \(step.target) is a protected user"))
                continue
            }
            let delta = overlay.adminDelta(of: step)
            if delta < 0 {
                let admins = (existing ?? current.activeGlobalAdminCount) + added
                existing = existing ?? current.activeGlobalAdminCount
                if admins + delta < 1 {
                    warnings.append(
                        Message("'\(step.summary)' skipped: \(step.target) is the last enabled global admin"))
                    continue
                }
            }
            _ = try? overlay.apply(step)
            added += delta
            steps.append(step)
        }
        return Plan(account: desired.account, steps: steps, warnings: warnings)
    }

    static func same(_ wanted: String?, _ existing: String?, format: FieldFormat) -> Bool {
        guard let wanted else { return true }
        guard let existing else { return false }
        // The same text means the same value: most fields of most users, compared without
        // normalizing (which allocates) either side.
        if wanted == existing { return true }
        return Normalization.comparable(wanted, format: format) == Normalization.comparable(existing, format: format)
    }
}
