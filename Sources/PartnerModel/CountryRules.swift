/// Partner Center's own rules for addresses and locales in one country, as
/// `GET /v1/countryvalidationrules/{country}` returns them.
///
/// One table, ``all``, holds the countries partners use most, China first. Each row says where
/// its data comes from. A rule the sources do not record is nil and is not checked: partnerctl
/// does not guess what the service would say. `validate` checks addresses and the organization
/// profile against these rows, the JSON Schema repeats what it can express, and `partnerctl
/// serve` answers `/v1/countryvalidationrules` from the same table.
public struct CountryRules: Hashable, Sendable {
    /// A state or province: the code Partner Center takes, and names people write instead.
    public struct State: Hashable, Sendable {
        /// The code the service accepts in `state` (`BJ`).
        public let code: String
        /// Names of the place, local first (`北京`, `Beijing`); matched by prefix, ignoring case,
        /// so `北京市` and `Beijing Shi` find `BJ`.
        public let names: [String]

        /// Creates a state.
        public init(_ code: String, _ names: String...) {
            self.code = code
            self.names = names
        }
    }

    /// The ISO 3166-1 alpha-2 code (`iso2Code`).
    public let country: String
    /// The English name, for messages.
    public let name: String
    /// `defaultCulture`, nil when not recorded.
    public let defaultCulture: String?
    /// `isStateRequired`, nil when not recorded.
    public let isStateRequired: Bool?
    /// `supportedStatesList` with names for hints; nil when not recorded, empty when the country
    /// has no states.
    public let states: [State]?
    /// `supportedLanguagesList`: the organization profile's `language` values; nil when not recorded.
    public let languages: [String]?
    /// `supportedCulturesList`: the organization profile's `culture` values; nil when not recorded.
    public let cultures: [String]?
    /// `isPostalCodeRequired`, nil when not recorded.
    public let isPostalCodeRequired: Bool?
    /// `postalCodeRegex` as the service returns it (an ECMAScript/.NET pattern usable in JSON
    /// Schema), nil when not recorded.
    public let postalCodePattern: String?
    /// The postal code's form in words ("6 digits"), for hints.
    public let postalCodeForm: String?
    /// A postal code in the right form, for hints.
    public let postalCodeExample: String?
    /// `isCityRequired`, nil when not recorded.
    public let isCityRequired: Bool?
    /// `phoneNumberRegex`, applied to an address's `phoneNumber`; nil when the service returns none.
    public let phoneNumberPattern: String?
    /// `countryCallingCodesList`, nil when not recorded.
    public let callingCodes: [String]?
    /// Where the row comes from.
    public let source: String

    /// Creates a row; every rule is unknown unless given.
    public init(
        country: String, name: String, defaultCulture: String? = nil, isStateRequired: Bool? = nil,
        states: [State]? = nil, languages: [String]? = nil, cultures: [String]? = nil,
        isPostalCodeRequired: Bool? = nil, postalCodePattern: String? = nil, postalCodeForm: String? = nil,
        postalCodeExample: String? = nil,
        isCityRequired: Bool? = nil, phoneNumberPattern: String? = nil, callingCodes: [String]? = nil,
        source: String
    ) {
        self.country = country
        self.name = name
        self.defaultCulture = defaultCulture
        self.isStateRequired = isStateRequired
        self.states = states
        self.languages = languages
        self.cultures = cultures
        self.isPostalCodeRequired = isPostalCodeRequired
        self.postalCodePattern = postalCodePattern
        self.postalCodeForm = postalCodeForm
        self.postalCodeExample = postalCodeExample
        self.isCityRequired = isCityRequired
        self.phoneNumberPattern = phoneNumberPattern
        self.callingCodes = callingCodes
        self.source = source
    }

    /// Whether anything beyond the country code is known for this country.
    public var isRecorded: Bool {
        isStateRequired != nil || states != nil || languages != nil || postalCodePattern != nil
    }

    /// The rules for a country code, nil when the table has no row for it.
    public static func forCountry(_ code: String) -> CountryRules? {
        byCountry[code]
    }

    private static let byCountry = Dictionary(uniqueKeysWithValues: all.map { ($0.country, $0) })

    /// The state whose code is `text`, or nil.
    public func state(code text: String) -> State? {
        states?.first { $0.code == text }
    }

    /// The state a name such as `北京市`, `Beijing` or `beijing shi` means, or nil.
    ///
    /// A name matches when the text starts with it, ignoring case and spaces; the longest
    /// matching name wins, so `Shaanxi` is not read as `Shanxi`.
    public func state(named text: String) -> State? {
        let folded = Self.fold(text)
        guard !folded.isEmpty else { return nil }
        var best: (state: State, length: Int)?
        for state in states ?? [] {
            for name in state.names {
                let key = Self.fold(name)
                if folded.hasPrefix(key), key.count > (best?.length ?? 0) { best = (state, key.count) }
            }
        }
        return best?.state
    }

    /// Lower case without spaces, hyphens or dots, for matching names.
    private static func fold(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !" -.'".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// Whether a postal code has the form the service's `postalCodeRegex` requires; true when
    /// no pattern is recorded.
    ///
    /// The recorded patterns are small enough to be matched by hand (this module does no
    /// regular-expression work); a country added with a pattern needs a matcher here, and a
    /// test checks that every recorded pattern has one.
    public func postalCodeMatches(_ code: String) -> Bool {
        guard let matcher = Self.postalCodeMatchers[country] else { return postalCodePattern == nil }
        return matcher(code)
    }

    /// Whether an address phone number has the form the service's `phoneNumberRegex` requires;
    /// true when no pattern is recorded.
    public func phoneNumberMatches(_ number: String) -> Bool {
        guard phoneNumberPattern != nil else { return true }
        return Self.phoneMatchers[country]?(number) ?? true
    }

    /// Whether every recorded pattern has a matcher (checked by the tests).
    public var hasMatchers: Bool {
        (postalCodePattern == nil || Self.postalCodeMatchers[country] != nil)
            && (phoneNumberPattern == nil || Self.phoneMatchers[country] != nil)
    }

    // MARK: - Matchers for the recorded patterns

    private static func digits(_ text: Substring, _ count: Int) -> Bool {
        text.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static let postalCodeMatchers: [String: @Sendable (String) -> Bool] = [
        // ^[0-9]{6,6}$
        "CN": { digits($0[...], 6) },
        // ^\d{5}(-\d{4})?$
        "US": { code in
            let parts = code.split(separator: "-", omittingEmptySubsequences: false)
            return digits(parts[0], 5) && (parts.count == 1 || (parts.count == 2 && digits(parts[1], 4)))
        },
        // ^[0-9]{5,5}$
        "DE": { digits($0[...], 5) },
        "GB": ukPostcode,
    ]

    /// `^([gG][iI][rR][ ]?0[aA]{2,2}|[a-zA-Z]([0-9][0-9a-zA-Z]?|[a-zA-Z][0-9][0-9a-zA-Z]?)[ ]?[0-9][a-zA-Z]{2,2})$`
    @Sendable private static func ukPostcode(_ code: String) -> Bool {
        let chars = Array(code.unicodeScalars)
        func letter(_ c: Unicode.Scalar) -> Bool { c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c)) }
        func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func alnum(_ c: Unicode.Scalar) -> Bool { letter(c) || digit(c) }
        // The inward code: optional space, a digit, two letters.
        func inward(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
            var rest = rest
            if rest.first == " " { rest = rest.dropFirst() }
            return rest.count == 3 && digit(rest[rest.startIndex]) && letter(rest[rest.startIndex + 1])
                && letter(rest[rest.startIndex + 2])
        }
        if code.lowercased().hasPrefix("gir") {
            var rest = chars.dropFirst(3)
            if rest.first == " " { rest = rest.dropFirst() }
            if Array(rest).map(String.init).joined().lowercased() == "0aa" { return true }
        }
        guard let first = chars.first, letter(first) else { return false }
        // Outward code after the first letter: digit [alnum] | letter digit [alnum].
        var candidates: [Int] = []
        if chars.count > 1, digit(chars[1]) {
            candidates.append(2)
            if chars.count > 2, alnum(chars[2]) { candidates.append(3) }
        }
        if chars.count > 2, letter(chars[1]), digit(chars[2]) {
            candidates.append(3)
            if chars.count > 3, alnum(chars[3]) { candidates.append(4) }
        }
        return candidates.contains { inward(chars[$0...]) }
    }

    private static let phoneMatchers: [String: @Sendable (String) -> Bool] = [
        // ^(1[ \-\/\.]?)?(\((\d{3})\)|(\d{3}))[ \-\/\.]?(\d{3})[ \-\/\.]?(\d{4})$
        "US": { number in
            let separators: Set<Character> = [" ", "-", "/", "."]
            var rest = Substring(number)
            func take(_ count: Int) -> Bool {
                guard rest.count >= count, rest.prefix(count).allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    return false
                }
                rest = rest.dropFirst(count)
                return true
            }
            func separator() { if let c = rest.first, separators.contains(c) { rest = rest.dropFirst() } }
            func body(_ text: Substring) -> Bool {
                rest = text
                if rest.first == "(" {
                    rest = rest.dropFirst()
                    guard take(3), rest.first == ")" else { return false }
                    rest = rest.dropFirst()
                } else if !take(3) {
                    return false
                }
                separator()
                guard take(3) else { return false }
                separator()
                return take(4) && rest.isEmpty
            }
            if body(Substring(number)) { return true }
            guard number.first == "1" else { return false }
            var afterOne = number.dropFirst()
            if let c = afterOne.first, separators.contains(c) {
                if body(afterOne.dropFirst()) { return true }
            }
            afterOne = number.dropFirst()
            return body(afterOne)
        }
    ]
}
