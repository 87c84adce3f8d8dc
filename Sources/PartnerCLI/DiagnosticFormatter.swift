import PartnerConfig
import PartnerModel
import PartnerYAML

/// Renders diagnostics for people: `file:line:col: error: message`, the source line, a caret
/// under the offending text (aligned by display width, so Chinese text lines up), and the hint.
///
/// Messages and hints quote values from the file, and the source line is the file itself: all
/// are escaped with `DisplayText.escaped`, the caret placed under the escaped line.
struct DiagnosticFormatter {
    let style: TerminalStyle

    /// The report for one file: a count line, then each diagnostic.
    func render(_ diagnostics: [Diagnostic], source: SourceFile) -> String {
        let lines = source.lines()
        var output = countLine(diagnostics, file: source.path) + "\n"
        for diagnostic in diagnostics {
            output += render(diagnostic, lines: lines)
        }
        return output
    }

    /// `partner.yaml: 2 errors, 1 warning`.
    func countLine(_ diagnostics: [Diagnostic], file: String) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var parts = [Self.count(errors, "error")]
        if warnings > 0 { parts.append(Self.count(warnings, "warning")) }
        return style.bold("\(DisplayText.escaped(file)): ") + parts.joined(separator: ", ")
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private func render(_ diagnostic: Diagnostic, lines: SourceLines) -> String {
        let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
        let file = DisplayText.escaped(diagnostic.file)
        var output = style.bold("\(file):\(diagnostic.mark):") + " \(label) " + style.bold(DisplayText.escaped(diagnostic.message)) + "\n"
        output += excerpt(at: diagnostic.mark, end: diagnostic.endMark, lines: lines)
        if let hint = diagnostic.hint {
            output += "  " + style.cyan("hint:") + " \(DisplayText.escaped(hint))\n"
        }
        for note in diagnostic.notes {
            output += style.bold("\(file):\(note.mark):") + " note: \(DisplayText.escaped(note.message))\n"
            output += excerpt(at: note.mark, end: nil, lines: lines)
        }
        return output
    }

    /// The source line with a gutter, and a caret line under it.
    ///
    /// Each character of the line is escaped on its own, so the caret's column is the display
    /// width of the escaped characters before the mark (a tab shows as `\t`, two columns).
    private func excerpt(at mark: Mark, end: Mark?, lines: SourceLines) -> String {
        guard let text = lines.text(ofLine: mark.line) else { return "" }
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        let shown = text.unicodeScalars.map { DisplayText.escaped(String($0)) }
        let indent = shown.prefix(max(0, mark.column - 1)).reduce(0) { $0 + TextWidth.of($1) }
        var underline = 1
        if let end, end.line == mark.line, end.column > mark.column {
            let span = shown.dropFirst(mark.column - 1).prefix(end.column - mark.column)
            underline = max(1, span.reduce(0) { $0 + TextWidth.of($1) })
        }
        let caret = "^" + String(repeating: "~", count: underline - 1)
        return " \(number) | \(shown.joined())\n \(gutter) | \(String(repeating: " ", count: indent))\(style.green(caret))\n"
    }
}
