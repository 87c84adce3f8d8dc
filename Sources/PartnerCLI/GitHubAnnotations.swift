import PartnerConfig
import PartnerText

/// Diagnostics as GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), one
/// line each, which the runner turns into annotations on the lines they name.
///
/// Values are escaped as the runner expects — `%`, CR and LF in the message; also `:` and `,` in
/// the properties — so a value cannot end its command early or start another.
enum GitHubAnnotations {
    /// One command per diagnostic, each ending in a line break.
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            var properties = [
                ("file", diagnostic.file), ("line", "\(diagnostic.mark.line)"), ("col", "\(diagnostic.mark.column)"),
            ]
            if let end = diagnostic.endMark {
                properties += [("endLine", "\(end.line)"), ("endColumn", "\(end.column)")]
            }
            properties.append(("title", diagnostic.code.rawValue))
            let message =
                diagnostic.message.localized
                + (diagnostic.hint.map { "\n" + Message("hint:").localized + " \($0.localized)" } ?? "")
            return command(diagnostic.severity == .error ? "error" : "warning", properties, message)
        }.joined()
    }

    /// An annotation for a file that could not be read at all.
    static func unreadable(_ file: String, reason: String) -> String {
        command("error", [("file", file), ("title", "io")], "cannot read '\(file)': \(reason)")
    }

    private static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(escapeData(message))\n"
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
