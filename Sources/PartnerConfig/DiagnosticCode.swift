/// A stable name for a kind of problem, shown in JSON output and used by tests.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    // MARK: - Reading the file

    /// The file could not be read.
    public static let io = DiagnosticCode(rawValue: "io")

    // MARK: - Shape (loading)

    /// A key the format does not have.
    public static let unknownKey = DiagnosticCode(rawValue: "shape.unknown-key")
    /// A key the format requires is missing.
    public static let missingKey = DiagnosticCode(rawValue: "shape.missing-key")
    /// A value of the wrong type (a string where a mapping belongs, `yes` for a boolean …).
    public static let wrongType = DiagnosticCode(rawValue: "shape.wrong-type")
    /// A key with no value.
    public static let missingValue = DiagnosticCode(rawValue: "shape.missing-value")
    /// A value outside a fixed set (`cloud: chna`).
    public static let badEnumValue = DiagnosticCode(rawValue: "shape.bad-enum-value")
    /// A value in the wrong format (email, phone, URL, GUID, country code …).
    public static let badFormat = DiagnosticCode(rawValue: "shape.bad-format")
    /// A value longer than Partner Center accepts.
    public static let tooLong = DiagnosticCode(rawValue: "shape.too-long")
    /// A field Partner Center sets itself.
    public static let readOnly = DiagnosticCode(rawValue: "shape.read-only")
    /// An `apiVersion` this partnerctl does not read.
    public static let apiVersion = DiagnosticCode(rawValue: "shape.api-version")
    /// An empty or all-space value where Partner Center needs text (`displayName: ""`).
    public static let blankValue = DiagnosticCode(rawValue: "shape.blank-value")
    /// Text with a zero-width or bidirectional control character, which no one can see.
    public static let invisibleCharacter = DiagnosticCode(rawValue: "shape.invisible-character")

    // MARK: - Semantics (validation)

    /// A role that is neither built in nor a bundle.
    public static let unknownRole = DiagnosticCode(rawValue: "semantic.unknown-role")
    /// A built-in role the account's cloud does not offer.
    public static let roleNotInCloud = DiagnosticCode(rawValue: "semantic.role-not-in-cloud")
    /// Two users with the same principal name (ignoring case).
    public static let duplicateUser = DiagnosticCode(rawValue: "semantic.duplicate-user")
    /// A principal name outside the account's domain.
    public static let upnOutsideDomain = DiagnosticCode(rawValue: "semantic.upn-outside-domain")
    /// A role bundle that is ill-formed: names an unknown role, shadows a built-in one, or nests in a cycle.
    public static let badBundle = DiagnosticCode(rawValue: "semantic.bad-bundle")
    /// The declared users leave the account without an enabled global admin.
    public static let noGlobalAdmin = DiagnosticCode(rawValue: "semantic.no-global-admin")
    /// A protected user who is absent, disabled or not an admin in the file.
    public static let protectedUser = DiagnosticCode(rawValue: "semantic.protected-user")
    /// A country other than the one the account's cloud requires.
    public static let wrongCountry = DiagnosticCode(rawValue: "semantic.wrong-country")
    /// A catalog rule naming an offer or category the cloud's catalog does not list.
    public static let unknownOffer = DiagnosticCode(rawValue: "semantic.unknown-offer")
    /// A catalog rule that contradicts another, or names something twice.
    public static let catalogConflict = DiagnosticCode(rawValue: "semantic.catalog-conflict")
    /// A policy that cannot be carried out as written.
    public static let badPolicy = DiagnosticCode(rawValue: "semantic.bad-policy")
    /// The same role written twice in one list.
    public static let duplicateRole = DiagnosticCode(rawValue: "semantic.duplicate-role")
    /// An address that breaks its country's rules in Partner Center (`CountryRules`): a state
    /// that is not one of the country's codes, a postal code of the wrong form, a required
    /// field missing.
    public static let addressRule = DiagnosticCode(rawValue: "semantic.address-rule")
    /// An organization `language` or `culture` its country does not support (`CountryRules`).
    public static let localeRule = DiagnosticCode(rawValue: "semantic.locale-rule")
}
