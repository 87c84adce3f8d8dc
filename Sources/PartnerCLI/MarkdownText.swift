/// Display text placed into Markdown (GitHub-flavoured, as job summaries render it) so that it
/// shows as written and cannot add headings, links, table rows or close a block.
///
/// Every function takes *display text*: a value already escaped with `DisplayText.escaped`, or a
/// message built from escaped values. Such text has no controls and no line breaks of its own.
enum MarkdownText {
    /// Text for a table cell: Markdown's inline syntax characters and `|` backslash-escaped, and
    /// a line break turned into a space so the row stays one line.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in oneLine(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~", "$", "!":
                out.append("\\")
                out.append(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Text as a code span in a table cell: fenced with one backtick more than the longest run of
    /// backticks in it (padded with spaces when it starts or ends with one), `|` escaped as
    /// tables require even inside code.
    static func codeSpan(_ text: String) -> String {
        let content = oneLine(text).replacingOccurrences(of: "|", with: "\\|")
        guard !content.isEmpty else { return "" }
        let fence = String(repeating: "`", count: longestBacktickRun(in: content) + 1)
        let padded = content.first == "`" || content.last == "`" || content.first == " " || content.last == " "
        return padded ? "\(fence) \(content) \(fence)" : "\(fence)\(content)\(fence)"
    }

    /// Text as a fenced code block, ending with a line break: the fence is longer than any run of
    /// backticks in the text (and at least three), so no line of the text can close it.
    static func codeBlock(_ text: String) -> String {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
        return fence + "\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }

    /// Text inside HTML (`<summary>`): `&`, `<`, `>` and `"` as entities, line breaks as spaces.
    static func html(_ text: String) -> String {
        var out = ""
        for character in oneLine(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The text with each line break replaced by a space.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// The length of the longest run of backticks in a text.
    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
