import Foundation
import PartnerModel
import PartnerText

/// Drift reports for people (text) and for CI summaries and chat (Markdown).
///
/// Paths and domains are escaped with `DisplayText.escaped`; a result's error is display text
/// already. The Markdown report also escapes what it puts into cells, code and HTML
/// (``MarkdownText``), so a value cannot add headings, links or rows to a job summary.
struct DriftRenderer {
    let style: TerminalStyle

    /// Each drifted account's plan, then a table of every result and a count.
    func text(_ results: [DriftResult]) -> String {
        var out = ""
        for result in results {
            if let plan = result.plan {
                out +=
                    style.bold(DisplayText.escaped(result.config))
                    + " (\(DisplayText.escaped(result.account?.domain ?? ""))):\n"
                out += PlanRenderer(style: style).render(plan) + "\n"
            }
        }
        let rows = results.map {
            [DisplayText.escaped($0.config), $0.account.map { DisplayText.escaped($0.domain) } ?? "-", $0.resultText]
        }
        out += Self.table(
            header: [Message("CONFIG"), Message("ACCOUNT"), Message("RESULT")].map(\.localized), rows: rows)
        out += "\n" + Self.countLine(results) + "\n"
        return out
    }

    /// A Markdown table and, per drifted account, its plan in a collapsible block.
    static func markdown(_ results: [DriftResult]) -> String {
        var out =
            "## partnerctl drift\n\n\(countLine(results))\n\n" + Message("| Config | Account | Result |").localized
            + "\n| --- | --- | --- |\n"
        for result in results {
            let mark =
                switch result.status {
                case .noDrift: "✅"
                case .drift: "⚠️"
                case .error: "❌"
                }
            let config = MarkdownText.codeSpan(DisplayText.escaped(result.config))
            let domain = result.account.map { MarkdownText.cell(DisplayText.escaped($0.domain)) } ?? "-"
            out += "| \(config) | \(domain) | \(mark) \(MarkdownText.cell(result.resultText)) |\n"
        }
        for result in results {
            guard let plan = result.plan else { continue }
            let config = MarkdownText.html(DisplayText.escaped(result.config))
            let n = plan.steps.count
            let summary =
                "<code>\(config)</code>: " + (n == 1 ? Message("\(n) change") : Message("\(n) changes")).localized
            out += "\n" + PlanMarkdown.block(plan, summaryHTML: summary, alwaysCollapse: true)
        }
        return out
    }

    /// `1 of 3 accounts drifted; 1 check failed.`
    static func countLine(_ results: [DriftResult]) -> String {
        let drifted = results.filter { $0.status == .drift }.count
        let failed = results.filter { $0.status == .error }.count
        let total = results.count
        var line =
            total == 1
            ? Message("\(drifted) of \(total) account drifted").localized
            : Message("\(drifted) of \(total) accounts drifted").localized
        if failed > 0 {
            line += (failed == 1 ? Message("; \(failed) check failed") : Message("; \(failed) checks failed")).localized
        }
        return line + Message(".").localized
    }

    /// Columns padded by display width. Cells are display text (escaped by the caller).
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { TextWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : TextWidth.padded(cell, to: widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
