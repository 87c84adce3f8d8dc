/// A new user's password (`passwordProfile` of `POST /v1.0/users`). Its description never shows
/// the password.
public struct GraphPasswordProfile: Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The temporary password.
    public var password: String
    /// Whether the user must choose a new password at first sign-in.
    public var forceChangePasswordNextSignIn: Bool?

    /// Creates a password profile.
    public init(password: String, forceChangePasswordNextSignIn: Bool? = true) {
        self.password = password
        self.forceChangePasswordNextSignIn = forceChangePasswordNextSignIn
    }

    public var description: String { "GraphPasswordProfile(password: <redacted>)" }
    public var debugDescription: String { description }
}
