public import PartnerModel

/// Checks a plan against the rules a configuration is held to, before it is applied: so a
/// saved plan that was edited (or made by another tool) can do nothing a configuration could not.
///
/// Every step is validated on its own (its target in the account's domain, its values in the
/// formats and lengths Partner Center takes, its role offered by the account's cloud), then
/// the plan's invariants are checked on the states it passes through: the plan is for the
/// account the store holds, users are deleted only under `pruneUsers`, protected users are never
/// deleted, disabled or demoted, and the account never has fewer enabled global admins than at
/// both ends, nor none at its end when it had some.
public enum PlanAudit {
    /// The plan's problems, one line each; empty when it may be applied.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - policy: The policy the plan was made under.
    ///   - current: The account's state now, which the plan starts from.
    public static func problems(_ plan: Plan, policy: Policy, current: AccountState) -> [String] {
        var problems: [String] = []
        if plan.account != current.account {
            let account = current.account
            problems.append(
                "the plan is for tenant \(plan.account.tenantId) (\(plan.account.cloud.rawValue), '\(plan.account.domain)'); "
                    + "the store holds tenant \(account.tenantId) as \(account.cloud.rawValue), '\(account.domain)'")
            return problems
        }
        for (offset, step) in plan.steps.enumerated() {
            if let problem = problem(with: step, policy: policy, account: current.account) {
                problems.append("step \(offset + 1) (\(step.summary)): \(problem)")
            }
        }
        guard problems.isEmpty else { return problems }
        return problems + simulate(plan, from: current)
    }

    /// What is wrong with one step, or nil.
    private static func problem(with step: PlanStep, policy: Policy, account: AccountIdentity) -> String? {
        switch step.kind {
        case .profileUpdate:
            guard let section = ProfileSection(rawValue: step.target) else {
                return "'\(step.target)' is not a profile section"
            }
            for change in step.changes {
                guard let field = ProfileSchema.field(atPath: change.field), field.section == section else {
                    return "'\(change.field)' is not a field of the \(section.rawValue) profile"
                }
                if let value = change.after,
                    let problem = valueProblem(value, format: field.format, maxLength: field.maxLength)
                {
                    return "\(change.field) \(problem)"
                }
            }
            return nil
        case .userCreate, .userUpdate, .userEnable, .userDisable, .userDelete, .roleGrant, .roleRevoke:
            let target = step.target
            guard FormatCheck.userPrincipalName(target) else { return "'\(target)' is not a user principal name" }
            guard target.lowercased().hasSuffix("@" + account.domain.lowercased()) else {
                return "'\(target)' is outside the account's domain '\(account.domain)'"
            }
            if policy.protects(target), [.userDelete, .userDisable, .roleRevoke].contains(step.kind) {
                return "'\(target)' is a protected user"
            }
            if step.kind == .userDelete, !policy.pruneUsers {
                return "deletes a user, and the plan's policy does not prune users"
            }
            if step.kind == .roleGrant || step.kind == .roleRevoke {
                guard let role = step.role else { return "names no role" }
                guard role.isAvailable(in: account.cloud) else {
                    return "role '\(role.rawValue)' is not offered in the \(account.cloud.rawValue) cloud"
                }
            }
            for change in step.changes {
                if step.kind == .userCreate, change.field == "enabled" {
                    guard change.after == "true" || change.after == "false" else {
                        return "enabled must be true or false"
                    }
                    continue
                }
                guard [.userCreate, .userUpdate].contains(step.kind), let field = UserField(rawValue: change.field)
                else {
                    return "changes '\(change.field)', which a \(step.kind.rawValue) step cannot"
                }
                if let value = change.after,
                    let problem = valueProblem(value, format: field.format, maxLength: field.maxLength)
                {
                    return "\(field.rawValue) \(problem)"
                }
                if field == .usageLocation, account.cloud == .china, let value = change.after, value != "CN" {
                    return "usageLocation must be CN in the china cloud"
                }
            }
            return nil
        case .catalogShow, .catalogHide:
            return nil  // the offer must be in the catalog: the simulation checks that
        }
    }

    private static func valueProblem(_ value: String, format: FieldFormat, maxLength: Int) -> String? {
        if value.unicodeScalars.count > maxLength { return "is longer than \(maxLength) characters" }
        return FormatCheck.problem(with: value, format: format).map { "is not \($0)" }
    }

    /// Runs the plan over the state, step by step, following how the number of enabled global
    /// admins moves; the account's own count is read only when the plan removes admins.
    private static func simulate(_ plan: Plan, from current: AccountState) -> [String] {
        var overlay = AccountOverlay(current)
        var delta = 0
        var lowest = (delta: 0, after: 0)
        for (offset, step) in plan.steps.enumerated() {
            do {
                delta += try overlay.apply(step)
            } catch {
                return ["step \(offset + 1) (\(step.summary)) does not fit the account: \(error.message)"]
            }
            if delta < lowest.delta { lowest = (delta, offset + 1) }
        }
        guard lowest.delta < 0 else { return [] }
        let start = current.activeGlobalAdminCount
        let count = start + delta
        if count == 0, start > 0 {
            return ["the plan leaves the account without an enabled global admin (it has \(start) now)"]
        }
        if lowest.delta < min(0, delta) {
            let admins = start + lowest.delta
            return [
                "after step \(lowest.after) the account would have \(admins) enabled global admin"
                    + "\(admins == 1 ? "" : "s"), fewer than at its start (\(start)) and end (\(count)): "
                    + "grants must come before revokes"
            ]
        }
        return []
    }

    /// Why the plan needs `--allow-mass-removal`, or nil: it deletes or disables more than
    /// `policy.maxRemovalPercent` of the account's users, or leaves fewer than
    /// `policy.minGlobalAdmins` enabled global admins (and fewer than it had).
    public static func massRemoval(_ plan: Plan, policy: Policy, current: AccountState) -> String? {
        var removed = Set<String>()
        var overlay = AccountOverlay(current)
        var delta = 0
        for step in plan.steps {
            let key = step.target.lowercased()
            if let user = current.users[key], step.kind == .userDelete || (step.kind == .userDisable && user.enabled) {
                removed.insert(key)
            }
            delta += (try? overlay.apply(step)) ?? 0
        }
        var reasons: [String] = []
        let total = current.users.count
        if total > 0, removed.count * 100 > policy.maxRemovalPercent * total {
            let percent = (removed.count * 1000 / total + 5) / 10
            reasons.append(
                "it deletes or disables \(removed.count) of the account's \(total) users (\(percent)%; "
                    + "policy.maxRemovalPercent is \(policy.maxRemovalPercent))")
        }
        if delta < 0 {
            let start = current.activeGlobalAdminCount
            let end = start + delta
            if end < policy.minGlobalAdmins {
                reasons.append(
                    "it leaves \(end) enabled global admin\(end == 1 ? "" : "s") (now \(start); "
                        + "policy.minGlobalAdmins is \(policy.minGlobalAdmins))")
            }
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: ", and ")
    }
}
