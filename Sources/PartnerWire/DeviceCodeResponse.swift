/// The answer of `POST /{tenant}/oauth2/v2.0/devicecode`: what to show the person, and what to poll
/// the token endpoint with (`grant_type=urn:ietf:params:oauth:grant-type:device_code`).
public struct DeviceCodeResponse: Hashable, Sendable, Codable {
    /// The secret the client polls with.
    public var deviceCode: String
    /// The short code the person enters (or `partnerctl serve approve` takes).
    public var userCode: String
    /// Where the person goes to enter it.
    public var verificationUri: String
    /// Seconds the codes stay valid.
    public var expiresIn: Int
    /// Seconds to wait between polls.
    public var interval: Int
    /// What to tell the person.
    public var message: String

    /// Creates an answer.
    public init(
        deviceCode: String, userCode: String, verificationUri: String, expiresIn: Int, interval: Int, message: String
    ) {
        self.deviceCode = deviceCode
        self.userCode = userCode
        self.verificationUri = verificationUri
        self.expiresIn = expiresIn
        self.interval = interval
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case deviceCode = "device_code"
        case userCode = "user_code"
        case verificationUri = "verification_uri"
        case expiresIn = "expires_in"
        case interval, message
    }
}
