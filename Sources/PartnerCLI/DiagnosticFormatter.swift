import PartnerConfig
import PartnerYAML

/// Renders diagnostics for people: `file:line:col: error: message`, the source line, a caret
/// under the offending text (aligned by display width, so Chinese text lines up), and the hint.
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
        return style.bold("\(file): ") + parts.joined(separator: ", ")
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private func render(_ diagnostic: Diagnostic, lines: SourceLines) -> String {
        let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
        var output = style.bold("\(diagnostic.file):\(diagnostic.mark):") + " \(label) " + style.bold(diagnostic.message) + "\n"
        output += excerpt(at: diagnostic.mark, end: diagnostic.endMark, lines: lines)
        if let hint = diagnostic.hint {
            output += "  " + style.cyan("hint:") + " \(hint)\n"
        }
        for note in diagnostic.notes {
            output += style.bold("\(diagnostic.file):\(note.mark):") + " note: \(note.message)\n"
            output += excerpt(at: note.mark, end: nil, lines: lines)
        }
        return output
    }

    /// The source line with a gutter, and a caret line under it.
    private func excerpt(at mark: Mark, end: Mark?, lines: SourceLines) -> String {
        guard let text = lines.text(ofLine: mark.line) else { return "" }
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        let scalars = Array(text.unicodeScalars)
        let before = scalars.prefix(max(0, mark.column - 1))
        let indent = before.map { $0 == "\t" ? "\t" : String(repeating: " ", count: TextWidth.of($0)) }.joined()
        var underline = 1
        if let end, end.line == mark.line, end.column > mark.column {
            let span = scalars.dropFirst(mark.column - 1).prefix(end.column - mark.column)
            underline = max(1, span.reduce(0) { $0 + TextWidth.of($1) })
        }
        let caret = "^" + String(repeating: "~", count: underline - 1)
        return " \(number) | \(text)\n \(gutter) | \(indent)\(style.green(caret))\n"
    }
}
