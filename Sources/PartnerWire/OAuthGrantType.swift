/// The `grant_type` values the sign-in endpoint takes.
public enum OAuthGrantType: String, Hashable, Sendable, CaseIterable {
    /// App-only: the client's own id and secret.
    case clientCredentials = "client_credentials"
    /// App+User: a refresh token from an earlier sign-in (the secure application model).
    case refreshToken = "refresh_token"
    /// App+User: a device code a person approved.
    case deviceCode = "urn:ietf:params:oauth:grant-type:device_code"
}
