import PartnerModel
import PartnerText

/// A plan as Markdown for a pull-request comment or a job summary: a heading, a table of what
/// changes in each part of the account, the warnings, then every change as the text plan in a
/// code block — collapsed when the plan is long. Every value is escaped, so a value from the
/// file, the store or an edited plan file cannot add headings, links or rows, or close a block.
enum PlanMarkdown {
    /// Plans longer than this many steps are collapsed under `<details>`.
    static let collapseAbove = 20

    /// The whole report.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - origin: Lines saying where the plan comes from (display text), shown under the heading.
    static func render(_ plan: Plan, origin: [String] = []) -> String {
        let account = plan.account
        var out = "## partnerctl plan: \(MarkdownText.cell(DisplayText.escaped(account.domain)))\n\n"
        for line in origin { out += MarkdownText.cell(line) + "  \n" }
        if !origin.isEmpty { out += "\n" }
        guard !plan.isEmpty else {
            return out + warnings(plan) + unmanaged(plan)
                + Message("No changes. The account matches the configuration.").localized + "\n"
        }
        out += "**\(PlanRenderer.summaryLine(plan.summary))**\n\n"
        out += Message("| Part | Add | Change | Remove |").localized + "\n| --- | ---: | ---: | ---: |\n"
        for (part, kinds) in Self.parts {
            let steps = plan.steps.filter { kinds.contains($0.kind) }
            guard !steps.isEmpty else { continue }
            let summary = Plan(account: account, steps: steps).summary
            out += "| \(part.localized) | \(summary.add) | \(summary.change) | \(summary.remove) |\n"
        }
        out += "\n" + warnings(plan) + unmanaged(plan)
        let n = plan.steps.count
        return out
            + block(
                plan,
                summaryHTML: MarkdownText.html((n == 1 ? Message("\(n) change") : Message("\(n) changes")).localized))
    }

    /// The plan's changes as the text plan in a code block, under a `<details>` whose summary is
    /// `summaryHTML` (HTML, its text escaped with ``MarkdownText/html(_:)``) when the plan is long
    /// or `alwaysCollapse` says so.
    static func block(_ plan: Plan, summaryHTML: String, alwaysCollapse: Bool = false) -> String {
        let code = MarkdownText.codeBlock(PlanRenderer(style: TerminalStyle(enabled: false)).render(plan))
        guard alwaysCollapse || plan.steps.count > collapseAbove else { return code }
        return "<details><summary>\(summaryHTML)</summary>\n\n\(code)\n</details>\n"
    }

    private static let parts: [(Message, Set<StepKind>)] = [
        (Message("Profile"), [.profileUpdate]),
        (
            Message("Users and roles"),
            [.userCreate, .userUpdate, .userEnable, .userDisable, .userDelete, .roleGrant, .roleRevoke]
        ),
        (Message("Catalog"), [.catalogShow, .catalogHide]),
    ]

    /// The rules the store does not carry out, as a list, then why and where in the portal.
    private static func unmanaged(_ plan: Plan) -> String {
        guard !plan.unmanaged.isEmpty else { return "" }
        var out = "**" + MarkdownText.cell(Message("Not managed by this store:").localized) + "**\n\n"
        for rule in plan.unmanaged {
            let text = "\(DisplayText.escaped(rule.setting)) \(DisplayText.escaped(rule.value))"
            out += "- " + MarkdownText.cell(text) + "\n"
        }
        let notes = PlanRenderer.notes(plan.unmanaged).map { MarkdownText.cell($0) }
        out += "\n" + notes.joined(separator: "  \n") + "\n\n"
        return out
    }

    private static func warnings(_ plan: Plan) -> String {
        guard !plan.warnings.isEmpty else { return "" }
        return plan.warnings.map { "- ⚠️ " + MarkdownText.cell(DisplayText.escaped($0.localized)) + "\n" }.joined()
            + "\n"
    }
}
