/// The names of the request and response headers Partner Center documents (reference §3).
public enum WireHeaderName {
    /// Ties the calls of one operation together; every response echoes it.
    public static let correlationId = "MS-CorrelationId"
    /// Makes a write idempotent: a retry with the same id gets the first result.
    public static let requestId = "MS-RequestId"
    /// Carries the position of the next page of a collection.
    public static let continuationToken = "MS-ContinuationToken"
    /// Seconds to wait after a 429 or 503.
    public static let retryAfter = "Retry-After"
}
