public import PartnerModel
public import PartnerText

/// Checks of the text formats a configuration uses. Each returns nil when the text is fine, or
/// what is wrong with it, phrased to follow "'value' is not …".
public enum FormatCheck {
    /// Checks a value against a profile field's format.
    public static func problem(with text: String, format: FieldFormat) -> Message? {
        switch format {
        case .text, .postalCode:
            return hasControlCharacters(text) ? Message("text with control characters") : nil
        case .email: return email(text) ? nil : Message("a valid email address")
        case .phone: return phone(text) ? nil : Message("a valid telephone number")
        case .url: return url(text) ? nil : Message("an http or https URL")
        case .country: return country(text) ? nil : Message("a two-letter country code in upper case")
        case .language: return languageTag(text) ? nil : Message("a language tag such as 'zh-CHS' or 'en'")
        case .culture: return culture(text) ? nil : Message("a culture name such as 'zh-CN' or 'en-US'")
        }
    }

    /// Whether text has C0 or C1 control characters (tabs and line breaks included).
    static func hasControlCharacters(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }

    /// Whether text is an email address: `local@domain.tld`.
    public static func email(_ text: String) -> Bool {
        withBytes(text) { bytes in
            guard let (local, domainPart) = splitAddress(bytes) else { return false }
            return !local.contains(where: isForbiddenInEmail) && dotsAreInner(local) && domain(domainPart)
        }
    }

    /// Whether text is a user principal name: `name@domain` with the characters Microsoft Entra
    /// allows in the name (ASCII letters, digits, `' . - _ ! # ^ ~`).
    public static func userPrincipalName(_ text: String) -> Bool {
        withBytes(text) { bytes in
            guard let (local, domainPart) = splitAddress(bytes) else { return false }
            return local.allSatisfy(isAllowedInUserName) && dotsAreInner(local) && domain(domainPart)
        }
    }

    /// Whether text is a DNS domain name with at least two labels; labels may be internationalized.
    public static func domain(_ text: String) -> Bool {
        withBytes(text) { domain($0) }
    }

    /// A string's UTF-8 bytes, in place: these checks run for every user of a large file.
    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func withBytes(_ text: String, _ body: (Bytes) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { body($0[...]) }
    }

    private static func domain(_ text: Bytes) -> Bool {
        guard text.count <= 253 else { return false }
        var labels = 0
        var rest = text
        while true {
            let end = rest.firstIndex(of: UInt8(ascii: ".")) ?? rest.endIndex
            let label = rest[..<end]
            guard isDomainLabel(label) else { return false }
            labels += 1
            guard end != rest.endIndex else {
                return labels >= 2 && !label.allSatisfy(isASCIIDigit)
            }
            rest = rest[(end + 1)...]
        }
    }

    private static func isDomainLabel(_ label: Bytes) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= 63,
            first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        if label.allSatisfy({ $0 < 0x80 }) {
            return label.allSatisfy { isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
        return String(decoding: label, as: UTF8.self).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// The parts of `local@domain`, when there is exactly one `@` and a 1–64 byte local part.
    private static func splitAddress(_ text: Bytes) -> (local: Bytes, domain: Bytes)? {
        guard let at = text.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        let local = text[..<at]
        let rest = text[(at + 1)...]
        guard (1...64).contains(local.count), !rest.contains(UInt8(ascii: "@")) else { return nil }
        return (local, rest)
    }

    private static func dotsAreInner(_ local: Bytes) -> Bool {
        let dot = UInt8(ascii: ".")
        guard local.first != dot, local.last != dot else { return false }
        var previous: UInt8 = 0
        for byte in local {
            if byte == dot, previous == dot { return false }
            previous = byte
        }
        return true
    }

    private static func isForbiddenInEmail(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    private static func isAllowedInUserName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "!"),
            UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "~"):
            return true
        default:
            return isASCIIAlphanumeric(byte)
        }
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether text is a telephone number: an optional `+`, then 5 to 20 digits with spaces,
    /// dashes, dots or parentheses between them.
    public static func phone(_ text: String) -> Bool {
        var digits = 0
        for (offset, character) in text.enumerated() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == "+" {
                guard offset == 0 else { return false }
            } else if !" -.()".contains(character) {
                return false
            }
        }
        return (5...20).contains(digits)
    }

    /// Whether text is an absolute `http` or `https` URL with a host.
    public static func url(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return false }
        let rest = lowered.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return !text.contains(where: \.isWhitespace) && domain(String(host))
    }

    /// Whether text is an ISO 3166-1 alpha-2 code in upper case.
    public static func country(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// Whether text is a BCP 47 language tag of the common forms (`en`, `zh-Hans`, `zh-Hans-CN`).
    public static func languageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return subtags.dropFirst().allSatisfy {
            (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Whether text is a culture name: a language and a region (`zh-CN`, `en-US`).
    public static func culture(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        return subtags.count >= 2 && languageTag(text)
            && subtags.last!.count == 2 && subtags.last!.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Whether text is a GUID (`8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10`), in either case.
    public static func guid(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isHexDigit } }
    }

    /// Whether text is an offer id in one of Partner Center's forms: a GUID (license-based
    /// offers), `MS-AZR-0145P` (Azure plans) or a product id like `CFQ7TTC0LH18` with an optional
    /// `:0001` SKU.
    public static func offerId(_ text: String) -> Bool {
        if guid(text) { return true }
        if text.hasPrefix("MS-AZR-") {
            let rest = text.dropFirst("MS-AZR-".count)
            return rest.count == 5 && rest.allSatisfy(\.isASCII) && rest.prefix(4).allSatisfy(\.isNumber)
                && rest.last!.isUppercase
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 12,
            parts[0].allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
        else { return false }
        return parts.count == 1 || (parts[1].count == 4 && parts[1].allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// Whether text is a catalog category id: lower-case letters, digits and hyphens.
    public static func categoryId(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
