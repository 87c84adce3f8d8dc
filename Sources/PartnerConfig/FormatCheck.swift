public import PartnerModel

/// Checks of the text formats a configuration uses. Each returns nil when the text is fine, or
/// what is wrong with it, phrased to follow "'value' is not …".
public enum FormatCheck {
    /// Checks a value against a profile field's format.
    public static func problem(with text: String, format: FieldFormat) -> String? {
        switch format {
        case .text, .postalCode:
            return text.unicodeScalars.contains { $0.properties.generalCategory == .control }
                ? "text with control characters" : nil
        case .email: return email(text) ? nil : "a valid email address"
        case .phone: return phone(text) ? nil : "a valid telephone number"
        case .url: return url(text) ? nil : "an http or https URL"
        case .country: return country(text) ? nil : "a two-letter country code in upper case"
        case .language: return languageTag(text) ? nil : "a language tag such as 'zh-Hans' or 'en'"
        case .culture: return culture(text) ? nil : "a culture name such as 'zh-CN' or 'en-US'"
        }
    }

    /// Whether text is an email address: `local@domain.tld`.
    public static func email(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, !local.isEmpty, local.count <= 64 else { return false }
        let forbidden: Set<Character> = [" ", "\t", "<", ">", "(", ")", "[", "]", ",", ";", ":", "\"", "\\"]
        guard !local.contains(where: forbidden.contains), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains("..")
        else { return false }
        return domain(String(parts[1]))
    }

    /// Whether text is a user principal name: `name@domain` with the characters Microsoft Entra
    /// allows in the name (letters, digits, `' . - _ ! # ^ ~`).
    public static func userPrincipalName(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, !local.isEmpty, local.count <= 64 else { return false }
        let allowedPunctuation: Set<Character> = ["'", ".", "-", "_", "!", "#", "^", "~"]
        guard local.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowedPunctuation.contains($0) }),
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        return domain(String(parts[1]))
    }

    /// Whether text is a DNS domain name with at least two labels.
    public static func domain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.utf8.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        } && !(labels.last!.allSatisfy(\.isNumber))
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
        text.count == 2 && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Whether text is a BCP 47 language tag of the common forms (`en`, `zh-Hans`, `zh-Hans-CN`).
    public static func languageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return subtags.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
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
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isHexDigit } }
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
