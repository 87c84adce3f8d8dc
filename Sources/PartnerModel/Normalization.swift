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
        value.utf8.withContiguousStorageIfAvailable(isPlainlyNFC(utf8:))
            ?? value.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// `isPlainlyNFC` over a string's UTF-8 bytes (valid UTF-8, as a string's always are),
    /// decoded here: this runs for every text value of a file of 100,000 users.
    private static func isPlainlyNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = UInt32(bytes[i])
            if lead < 0x80 {
                i += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = lead & (0x7F >> UInt32(length))
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            guard isPlain(scalar) else { return false }
            i += length
        }
        return true
    }

    private static func isPlain(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x3000..<0x3099, 0x309B..<0xA000, 0xAC00..<0xD7A4, 0xFF00..<0xFFF0: return true
        default: return false
        }
    }
}
