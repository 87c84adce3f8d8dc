/// The kind of text a profile or user field holds, which decides how it is checked and compared.
public enum FieldFormat: String, Hashable, Sendable {
    /// Free text (names, address lines).
    case text
    /// An email address; compared ignoring case.
    case email
    /// A telephone number; compared ignoring spaces, dashes, dots and parentheses.
    case phone
    /// An `http` or `https` URL.
    case url
    /// An ISO 3166-1 alpha-2 country code in upper case (`CN`).
    case country
    /// A postal code, kept exactly as written (leading zeros matter).
    case postalCode
    /// A language tag (`zh-Hans`, `en`).
    case language
    /// A culture name (`zh-CN`, `en-US`).
    case culture
}
