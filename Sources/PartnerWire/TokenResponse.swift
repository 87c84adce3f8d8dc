/// A successful answer of `POST /{tenant}/oauth2/v2.0/token` (OAuth 2.0: snake case on the wire).
public struct TokenResponse: Hashable, Sendable, Codable {
    /// Always `Bearer`.
    public var tokenType: String
    /// The scope the token was issued for (`https://api.partnercenter.microsoft.com/.default`).
    public var scope: String
    /// Seconds until the access token expires.
    public var expiresIn: Int
    /// The opaque access token.
    public var accessToken: String
    /// A refresh token, for App+User sign-ins (refresh-token and device-code grants).
    public var refreshToken: String?

    /// Creates a token answer.
    public init(scope: String, expiresIn: Int, accessToken: String, refreshToken: String? = nil) {
        tokenType = "Bearer"
        self.scope = scope
        self.expiresIn = expiresIn
        self.accessToken = accessToken
        self.refreshToken = refreshToken
    }

    private enum CodingKeys: String, CodingKey {
        case tokenType = "token_type"
        case scope
        case expiresIn = "expires_in"
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
    }
}
