/// The sign-in endpoints' error body (OAuth 2.0 with Entra's additions):
/// `{"error": "invalid_client", "error_description": "AADSTS7000215: …", "error_codes": [7000215]}`.
public struct OAuthError: Hashable, Sendable, Codable, Error {
    /// `invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
    /// `unsupported_grant_type`, `authorization_pending`, `expired_token`.
    public var error: String
    /// The AADSTS code and what went wrong.
    public var errorDescription: String
    /// The AADSTS codes as numbers.
    public var errorCodes: [Int]

    /// Creates an error.
    public init(error: String, code: Int, description: String) {
        self.error = error
        errorDescription = "AADSTS\(code): \(description)"
        errorCodes = [code]
    }

    private enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
        case errorCodes = "error_codes"
    }
}
