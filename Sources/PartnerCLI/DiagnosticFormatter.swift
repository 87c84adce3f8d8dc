import PartnerConfig
import PartnerModel
import PartnerText
import PartnerYAML

/// Renders diagnostics for people: `file:line:col: error: message`, the source line, a caret
/// under the offending text (aligned by display width, so Chinese text lines up), and the hint.
///
/// Messages and hints quote values from the file, and the source line is the file itself: all
/// are escaped with `DisplayText.escaped`, the caret placed under the escaped line.
struct DiagnosticFormatter {
    let style: TerminalStyle

    /// The most diagnostics shown for one file; the rest are counted ("… and 12 more errors").
    static let shownLimit = 100
    /// The most characters of a source line quoted: long lines are cut around the caret.
    static let excerptWidth = 200

    /// The report for one file: a count line, then each diagnostic, at most ``shownLimit``.
    func render(_ diagnostics: [Diagnostic], source: SourceFile) -> String {
        let lines = source.lines()
        var output = countLine(diagnostics, file: source.path) + "\n"
        for diagnostic in diagnostics.prefix(Self.shownLimit) {
            output += render(diagnostic, lines: lines)
        }
        let hidden = diagnostics.dropFirst(Self.shownLimit)
        if !hidden.isEmpty {
            let allErrors = hidden.allSatisfy { $0.severity == .error }
            let n = hidden.count
            let more =
                allErrors
                ? Self.plural(n, Message("… and \(n) more error"), Message("… and \(n) more errors"))
                : Self.plural(n, Message("… and \(n) more problem"), Message("… and \(n) more problems"))
            output += more + "\n"
        }
        return output
    }

    /// `partner.yaml: 2 errors, 1 warning`.
    func countLine(_ diagnostics: [Diagnostic], file: String) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var parts = [Self.plural(errors, Message("\(errors) error"), Message("\(errors) errors"))]
        if warnings > 0 {
            parts.append(Self.plural(warnings, Message("\(warnings) warning"), Message("\(warnings) warnings")))
        }
        return style.bold("\(DisplayText.escaped(file)): ") + parts.joined(separator: Message(", ").localized)
    }

    /// The singular or plural message for a count, in the console's language.
    static func plural(_ n: Int, _ one: Message, _ many: Message) -> String {
        (n == 1 ? one : many).localized
    }

    private func render(_ diagnostic: Diagnostic, lines: SourceLines) -> String {
        let label =
            diagnostic.severity == .error
            ? style.red(Message("error:").localized) : style.yellow(Message("warning:").localized)
        let file = DisplayText.escaped(diagnostic.file)
        var output =
            style.bold("\(file):\(diagnostic.mark):") + " \(label) "
            + style.bold(DisplayText.escaped(diagnostic.message.localized)) + "\n"
        output += excerpt(at: diagnostic.mark, end: diagnostic.endMark, lines: lines)
        if let hint = diagnostic.hint {
            output += "  " + style.cyan(Message("hint:").localized) + " \(DisplayText.escaped(hint.localized))\n"
        }
        for note in diagnostic.notes {
            output +=
                style.bold("\(file):\(note.mark):")
                + " \(Message("note:").localized) \(DisplayText.escaped(note.message.localized))\n"
            output += excerpt(at: note.mark, end: nil, lines: lines)
        }
        return output
    }

    /// The source line with a gutter, and a caret line under it.
    ///
    /// Each character of the line is escaped on its own, so the caret's column is the display
    /// width of the escaped characters before the mark (a tab shows as `\t`, two columns). A
    /// line longer than ``excerptWidth`` characters is cut around the mark, with `…` where it goes on.
    private func excerpt(at mark: Mark, end: Mark?, lines: SourceLines) -> String {
        guard let window = lines.excerpt(ofLine: mark.line, around: mark.column, width: Self.excerptWidth) else {
            return ""
        }
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var shown = window.text.unicodeScalars.map { DisplayText.escaped(String($0)) }
        let lead = window.cutBefore ? "…" : ""
        if window.cutAfter { shown.append("…") }
        let column = mark.column - window.firstColumn + 1
        let indent = TextWidth.of(lead) + shown.prefix(max(0, column - 1)).reduce(0) { $0 + TextWidth.of($1) }
        var underline = 1
        if let end, end.line == mark.line, end.column > mark.column {
            let span = shown.dropFirst(max(0, column - 1)).prefix(end.column - mark.column)
            underline = max(1, span.reduce(0) { $0 + TextWidth.of($1) })
        }
        let caret = "^" + String(repeating: "~", count: underline - 1)
        return
            " \(number) | \(lead)\(shown.joined())\n \(gutter) | \(String(repeating: " ", count: indent))\(style.green(caret))\n"
    }
}
