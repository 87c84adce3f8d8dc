import PartnerModel

/// Signing in failed: the authority's error code and description (`AADSTS…`), and what to do.
/// Never holds a token.
public struct SignInError: Error, Sendable, CustomStringConvertible {
    /// The OAuth error (`invalid_grant`, `expired_token` …), or the HTTP status when the answer
    /// was not an OAuth error.
    public var code: String
    /// The authority's description, starting with its `AADSTS` code where it gives one.
    public var detail: String
    /// What to do about it.
    public var hint: String

    /// Creates an error.
    public init(code: String, detail: String, hint: String) {
        self.code = code
        self.detail = detail
        self.hint = hint
    }

    /// The error for people, the authority's words escaped.
    public var description: String {
        "sign-in failed: \(DisplayText.escaped(code)): \(DisplayText.escaped(detail))\nhint: \(hint)"
    }
}
