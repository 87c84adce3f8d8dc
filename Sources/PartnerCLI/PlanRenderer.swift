import PartnerModel
import PartnerText

/// Renders a plan for people: `+` create, `~` update, `-` delete, grouped by resource, fields
/// aligned by display width (Chinese text is two columns a character), then the summary line.
///
/// Targets, fields, values, reasons and warnings come from the configuration and the store:
/// each is escaped with `DisplayText.escaped` before it is coloured or padded.
struct PlanRenderer {
    let style: TerminalStyle

    /// The whole plan, ending with the summary line.
    func render(_ plan: Plan) -> String {
        guard !plan.isEmpty else {
            return unmanaged(plan) + warnings(plan)
                + Message("No changes. The account matches the configuration.").localized + "\n"
        }
        var out = ""
        let sections: [(Message, (PlanStep) -> Bool)] = [
            (Message("Profile:"), { $0.kind == .profileUpdate }),
            (
                Message("Users:"),
                {
                    [.userCreate, .userUpdate, .userEnable, .userDisable, .userDelete, .roleGrant, .roleRevoke]
                        .contains($0.kind)
                }
            ),
            (Message("Catalog:"), { $0.kind == .catalogShow || $0.kind == .catalogHide }),
        ]
        for (title, belongs) in sections {
            let steps = plan.steps.filter(belongs)
            guard !steps.isEmpty else { continue }
            out += style.bold(title.localized) + "\n"
            if steps[0].kind == .catalogShow || steps[0].kind == .catalogHide {
                out += renderCatalog(steps)
            } else {
                for (target, group) in Self.grouped(steps) {
                    out += renderTarget(target, group)
                }
            }
            out += "\n"
        }
        return out + unmanaged(plan) + warnings(plan) + Self.summaryLine(plan.summary) + "\n"
    }

    /// The configuration's rules the store does not carry out, then why and where in the portal.
    private func unmanaged(_ plan: Plan) -> String {
        guard !plan.unmanaged.isEmpty else { return "" }
        let settings = plan.unmanaged.map { DisplayText.escaped($0.setting) }
        let width = settings.map { TextWidth.of($0) }.max() ?? 0
        var out = style.bold(Message("Not managed by this store:").localized) + "\n"
        for (rule, setting) in zip(plan.unmanaged, settings) {
            out += "  \(TextWidth.padded(setting, to: width))  \(DisplayText.escaped(rule.value))\n"
        }
        for note in Self.notes(plan.unmanaged) {
            out += "  " + style.dim(note) + "\n"
        }
        return out + "\n"
    }

    /// Why each group of unmanaged rules is left out and where the portal has the nearest
    /// setting, once per distinct pair, as display text.
    static func notes(_ rules: [UnmanagedRule]) -> [String] {
        var seen: Set<[Message]> = []
        var notes: [String] = []
        for rule in rules where seen.insert([rule.reason, rule.portal]).inserted {
            notes.append(
                DisplayText.escaped(Message("\(rule.reason): not planned, applied or checked for drift.").localized))
            notes.append(DisplayText.escaped(Message("Portal: \(rule.portal).").localized))
        }
        return notes
    }

    /// `Plan: 3 to add, 2 to change, 1 to remove.`
    static func summaryLine(_ summary: Plan.Summary) -> String {
        Message("Plan: \(summary.add) to add, \(summary.change) to change, \(summary.remove) to remove.").localized
    }

    private func warnings(_ plan: Plan) -> String {
        plan.warnings.map { style.yellow(Message("warning:").localized) + " \(DisplayText.escaped($0.localized))\n" }
            .joined() + (plan.warnings.isEmpty ? "" : "\n")
    }

    /// Steps grouped by target, in the order targets first appear.
    private static func grouped(_ steps: [PlanStep]) -> [(String, [PlanStep])] {
        var order: [String] = []
        var groups: [String: [PlanStep]] = [:]
        for step in steps {
            let key = step.target.lowercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(step)
        }
        return order.map { (groups[$0]![0].target, groups[$0]!) }
    }

    /// One line per offer, ids and visibilities in aligned columns.
    private func renderCatalog(_ steps: [PlanStep]) -> String {
        let targets = steps.map { DisplayText.escaped($0.target) }
        let width = targets.map { TextWidth.of($0) }.max() ?? 0
        let visible = Message("visible").localized
        let hidden = Message("hidden").localized
        let stateWidth = max(TextWidth.of(visible), TextWidth.of(hidden))
        return zip(steps, targets).map { step, target in
            let from = TextWidth.padded(step.kind == .catalogHide ? visible : hidden, to: stateWidth)
            let to = TextWidth.padded(step.kind == .catalogHide ? hidden : visible, to: stateWidth)
            return "  \(style.yellow("~")) \(TextWidth.padded(target, to: width))  \(from) → \(to)  "
                + style.dim("(\(DisplayText.escaped(step.reason.localized)))") + "\n"
        }.joined()
    }

    private func renderTarget(_ target: String, _ steps: [PlanStep]) -> String {
        let kinds = Set(steps.map(\.kind))
        let symbol: String
        if kinds.contains(.userCreate) {
            symbol = style.green("+")
        } else if kinds.contains(.userDelete) {
            symbol = style.red("-")
        } else {
            symbol = style.yellow("~")
        }
        // Display text: escaped, so the widths below are those of what is printed.
        var rows: [(field: String, before: String?, after: String)] = []
        var roleLines: [String] = []
        var note = ""
        for step in steps {
            switch step.kind {
            case .userDelete:
                note = "  " + style.dim("(\(DisplayText.escaped(step.reason.localized)))")
            case .roleGrant, .roleRevoke:
                let sign = step.kind == .roleGrant ? style.green("+") : style.red("-")
                roleLines.append("      \(sign) " + Message("role \(step.role?.rawValue ?? "?")").localized)
            default:
                for change in step.changes {
                    let field =
                        step.kind == .profileUpdate ? String(change.field.dropFirst(target.count + 1)) : change.field
                    rows.append(
                        (
                            DisplayText.escaped(field), step.kind == .userCreate ? nil : Self.shown(change.before),
                            Self.shown(change.after)
                        ))
                }
            }
        }
        var out = "  \(symbol) \(DisplayText.escaped(target))" + note + "\n"
        let fieldWidth = rows.map { TextWidth.of($0.field) }.max() ?? 0
        let beforeWidth = rows.compactMap { $0.before.map(TextWidth.of) }.max() ?? 0
        for row in rows {
            var line = "      " + TextWidth.padded(row.field, to: fieldWidth) + "  "
            if let before = row.before {
                line += TextWidth.padded(before, to: beforeWidth) + " → "
            }
            line += row.after
            out += line + "\n"
        }
        return out + roleLines.map { $0 + "\n" }.joined()
    }

    /// A value as the plan shows it: escaped, or `(unset)`.
    private static func shown(_ value: String?) -> String {
        value.map(DisplayText.escaped) ?? Message("(unset)").localized
    }
}
