public import PartnerModel

/// Why a saved plan no longer fits the account: the steps whose "before" values are not what
/// the account holds now.
public enum StaleCheck {
    /// The differences between what a plan expected and the current state, one line each;
    /// empty when every step's starting point still holds. Targets and values are escaped with
    /// `DisplayText.escaped`, so a line is one line of display text.
    public static func differences(_ plan: Plan, current: AccountState) -> [String] {
        var lines: [String] = []
        for step in plan.steps {
            let key = step.target.lowercased()
            let user = current.users[key]
            switch step.kind {
            case .profileUpdate:
                for change in step.changes where current.profile.values[change.field] != change.before {
                    lines.append(
                        "\(DisplayText.escaped(change.field)) is \(quoted(current.profile.values[change.field])), the plan expected \(quoted(change.before))"
                    )
                }
            case .userCreate:
                if user != nil { lines.append("user \(quoted(step.target)) now exists") }
            case .userUpdate:
                guard let user else { lines.append("user \(quoted(step.target)) no longer exists"); continue }
                for change in step.changes {
                    guard let field = UserField(rawValue: change.field), field.value(in: user) != change.before else {
                        continue
                    }
                    lines.append(
                        "user \(quoted(step.target)) \(field.rawValue) is \(quoted(field.value(in: user))), the plan expected \(quoted(change.before))"
                    )
                }
            case .userEnable, .userDisable, .userDelete:
                guard let user else { lines.append("user \(quoted(step.target)) no longer exists"); continue }
                if step.kind == .userEnable, user.enabled {
                    lines.append("user \(quoted(step.target)) is already enabled")
                }
                if step.kind == .userDisable, !user.enabled {
                    lines.append("user \(quoted(step.target)) is already disabled")
                }
            case .roleGrant, .roleRevoke:
                guard let role = step.role else { continue }
                let creates = plan.steps.contains { $0.kind == .userCreate && $0.target.lowercased() == key }
                guard let user else {
                    if !creates { lines.append("user \(quoted(step.target)) no longer exists") }
                    continue
                }
                if step.kind == .roleGrant, user.roles.contains(role) {
                    lines.append("user \(quoted(step.target)) already holds \(role.rawValue)")
                }
                if step.kind == .roleRevoke, !user.roles.contains(role) {
                    lines.append("user \(quoted(step.target)) no longer holds \(role.rawValue)")
                }
            case .catalogShow, .catalogHide:
                let hidden = current.hiddenOffers.contains(step.target)
                if hidden == (step.kind == .catalogHide) {
                    lines.append("offer \(quoted(step.target)) is already \(hidden ? "hidden" : "visible")")
                }
            }
        }
        return lines
    }

    /// `'value'`, escaped for display, or `unset`.
    private static func quoted(_ value: String?) -> String {
        value.map { "'\(DisplayText.escaped($0))'" } ?? "unset"
    }
}
