/// A scalar's text as written, before any typing.
public struct YAMLScalar: Sendable {
    /// How a scalar was written.
    public enum Style: UInt8, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML's own unescaping and folding; never typed or guessed.
    public let text: String
    /// How it was written: a plain scalar may be a number, boolean or null; a quoted one never is.
    public let style: Style
    /// Where the scalar ends (one past its last character).
    public let endMark: Mark

    /// Whether this plain scalar reads as a YAML boolean (`true`/`false` and YAML 1.1's `yes`/`no`/`on`/`off`).
    public var isPlainBoolean: Bool {
        guard style == .plain else { return false }
        switch text.lowercased() {
        case "true", "false", "yes", "no", "on", "off", "y", "n": return true
        default: return false
        }
    }

    /// Whether this plain scalar reads as a number.
    public var isPlainNumber: Bool {
        guard style == .plain, let first = text.utf8.first else { return false }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard
            digits.contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".")
        else { return false }
        return Double(String(text.filter { $0 != "_" })) != nil
    }
}
