/// Writes scalars so that any YAML reader — partnerctl, an editor, PyYAML — reads back the same
/// string: plain where that is safe, double-quoted otherwise.
public enum YAMLEmitter {
    /// The scalar as YAML text.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        // Bytes, not characters: in ": \u{301}" the space and the accent are one character, but
        // YAML still sees ": ".
        let utf8 = Array(text.utf8)
        for (index, byte) in utf8.enumerated().dropLast() {
            let next = utf8[index + 1]
            if (byte == UInt8(ascii: ":") && (next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")))
                || ((byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && next == UInt8(ascii: "#"))
            {
                return true
            }
        }
        if text.unicodeScalars.contains(where: needsEscape) { return true }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        if reserved.contains(text.lowercased()) { return true }
        // Anything that starts like a number is quoted, so YAML 1.1 and 1.2 readers agree it is text.
        let digits = "0123456789".unicodeScalars
        if digits.contains(first) { return true }
        if "+-.".unicodeScalars.contains(first), let second = text.unicodeScalars.dropFirst().first,
            digits.contains(second) || second == "."
        {
            return true
        }
        return false
    }

    /// Whether a character cannot stand as itself in YAML text: C0 and C1 controls and DEL,
    /// which libyaml refuses to read; the line breaks U+0085, U+2028 and U+2029, which libyaml
    /// reads as line ends (and folds to a space inside quotes); the byte order mark; and the
    /// noncharacters U+FFFE and U+FFFF, which libyaml refuses too.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
