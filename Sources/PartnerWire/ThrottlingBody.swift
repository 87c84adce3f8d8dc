/// The body of a throttled Partner Center call (reference §4.2): not ``ApiFault`` but
/// `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds."}`.
public struct ThrottlingBody: Hashable, Sendable, Codable {
    /// Always 429.
    public var statusCode: Int
    /// Says how long to wait, as the `Retry-After` header does.
    public var message: String

    /// The body for a wait of `seconds`.
    public init(retryAfterSeconds seconds: Int) {
        statusCode = 429
        message = "Rate limit is exceeded. Try again in \(seconds) seconds."
    }
}
