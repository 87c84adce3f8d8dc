import Foundation

/// How values are brought to one form before they are stored or compared, so that the same value
/// written two ways never shows up as a change.
public enum Normalization {
    /// Text in Unicode NFC with surrounding white space removed.
    ///
    /// Text that is already trimmed and plainly in NFC (ASCII, Latin-1, CJK ideographs, Hangul,
    /// full-width forms — the common case) is returned as it is without calling Foundation.
    public static func text(_ value: String) -> String {
        guard let first = value.utf8.first, let last = value.utf8.last else { return value }
        if !isSpace(first), !isSpace(last), isPlainlyNFC(value) { return value }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return isPlainlyNFC(trimmed) ? trimmed : trimmed.precomposedStringWithCanonicalMapping
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

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether every scalar is one that NFC leaves alone and that nothing composes with: below
    /// U+0300 (before the combining marks), CJK ideographs and kana (but the two combining kana
    /// voicing marks), Hangul syllables and full-width forms.
    private static func isPlainlyNFC(_ value: String) -> Bool {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return value.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x3000..<0x3099, 0x309B..<0xA000, 0xAC00..<0xD7A4, 0xFF00..<0xFFF0: return true
            default: return false
            }
        }
    }
}
