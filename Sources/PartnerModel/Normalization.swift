import Foundation

/// How values are brought to one form before they are stored or compared, so that the same value
/// written two ways never shows up as a change.
public enum Normalization {
    /// Text in Unicode NFC with surrounding white space removed; ASCII text is only trimmed.
    public static func text(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed }
        return trimmed.precomposedStringWithCanonicalMapping
    }

    /// A value of a field in the form used to compare it: emails in lower case, telephone
    /// numbers without spaces, dashes, dots or parentheses, everything else as `text(_:)`.
    public static func comparable(_ value: String, format: FieldFormat) -> String {
        let value = text(value)
        switch format {
        case .email: return value.lowercased()
        case .phone: return String(value.filter { !" -.()".contains($0) })
        case .country: return value.uppercased()
        case .url: return value.hasSuffix("/") ? String(value.dropLast()) : value
        case .text, .postalCode, .language, .culture: return value
        }
    }
}
