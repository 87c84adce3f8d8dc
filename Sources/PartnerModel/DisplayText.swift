/// Text made safe to show a person: values from a store or a configuration file can hold
/// escape sequences, line breaks and bidirectional controls that would rewrite a terminal or a
/// CI log, so every value is passed through ``escaped(_:)`` before it is printed.
///
/// Values are escaped once, where they are put into a message or a line of output; error
/// descriptions in this package (``StoreError``, ``StepError``) are already escaped this way.
/// JSON output carries the values unchanged.
public enum DisplayText {
    /// A value with every character that could change how the surrounding text is shown made
    /// visible, and backslashes doubled, so the output can be read back without ambiguity.
    ///
    /// `\n`, `\r` and `\t` are written as such; every other C0 control (U+0000–U+001F), DEL
    /// (U+007F), C1 control (U+0080–U+009F, NEL included), the line and paragraph separators
    /// (U+2028, U+2029) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069) as `\u{1B}`: upper-case hexadecimal, at least two digits. A backslash is
    /// written `\\`. Everything else, Chinese text included, is left as it is. Columns are
    /// aligned by padding the escaped text, never the value.
    ///
    /// - Parameter value: The text to show.
    /// - Returns: The text, with nothing that a terminal or a Markdown renderer would treat as a
    ///   line break or a control.
    public static func escaped(_ value: some StringProtocol) -> String {
        guard value.unicodeScalars.contains(where: needsEscaping) else { return String(value) }
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            guard needsEscaping(scalar) else {
                result.append(scalar)
                continue
            }
            let replacement: String
            switch scalar {
            case "\\": replacement = "\\\\"
            case "\n": replacement = "\\n"
            case "\r": replacement = "\\r"
            case "\t": replacement = "\\t"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                replacement = "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
            }
            result.append(contentsOf: replacement.unicodeScalars)
        }
        return String(result)
    }

    /// Whether a scalar is written as an escape.
    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x5C, 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}
