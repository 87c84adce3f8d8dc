/// Microsoft Graph's error body:
/// `{"error": {"code": "Request_ResourceNotFound", "message": "…", "innerError": {"request-id", "date"}}}`.
public struct GraphError: Hashable, Sendable, Codable, Error {
    /// The error itself.
    public struct Detail: Hashable, Sendable, Codable {
        /// `Request_BadRequest`, `Request_ResourceNotFound`, `InvalidAuthenticationToken` …
        public var code: String
        public var message: String
        public var innerError: InnerError?
    }

    /// Where and when the error happened.
    public struct InnerError: Hashable, Sendable, Codable {
        public var requestId: String?
        /// ISO 8601.
        public var date: String?
        private enum CodingKeys: String, CodingKey {
            case requestId = "request-id"
            case date
        }
    }

    public var error: Detail

    /// Creates an error body.
    public init(code: String, message: String, requestId: String? = nil, date: String? = nil) {
        error = Detail(code: code, message: message, innerError: InnerError(requestId: requestId, date: date))
    }
}
