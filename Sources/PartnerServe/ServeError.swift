import PartnerWire

/// A request the local Partner Center refuses: an HTTP status with what each API says about it.
/// Partner Center routes render it as ``PartnerWire/ApiFault``, Graph routes as
/// ``PartnerWire/GraphError``, so the service layer says once what went wrong.
public struct ServeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// Partner Center's error code (`1000`, `2055`, `3000` …).
    public var code: String
    /// Graph's error code (`Request_ResourceNotFound` …).
    public var graphCode: String
    /// What went wrong.
    public var message: String
    /// Details: one line per rejected field.
    public var data: [String]

    /// Creates an error.
    public init(status: Int, code: String, graphCode: String, message: String, data: [String] = []) {
        self.status = status
        self.code = code
        self.graphCode = graphCode
        self.message = message
        self.data = data
    }

    public var description: String { "\(status) \(code): \(message)" }

    /// 404 / 1000 "Not found".
    static func notFound(_ message: String) -> ServeError {
        ServeError(status: 404, code: "1000", graphCode: "Request_ResourceNotFound", message: message)
    }

    /// 404 for a Graph object that does not exist (or has not replicated yet).
    static func objectNotFound(_ id: String) -> ServeError {
        ServeError(
            status: 404, code: "60002", graphCode: "Request_ResourceNotFound",
            message: "Resource '\(id)' does not exist or one of its queried reference-property objects are not present."
        )
    }

    /// 400 / 3000 "Invalid property".
    static func invalid(_ message: String, data: [String] = []) -> ServeError {
        ServeError(status: 400, code: "3000", graphCode: "Request_BadRequest", message: message, data: data)
    }

    /// 401 / 400 "Access denied" (reference §4.1).
    static func unauthorized(_ message: String) -> ServeError {
        ServeError(status: 401, code: "400", graphCode: "InvalidAuthenticationToken", message: message)
    }

    /// 403 / 2032 "Access denied".
    static func forbidden(_ message: String) -> ServeError {
        ServeError(status: 403, code: "2032", graphCode: "Authorization_RequestDenied", message: message)
    }

    /// 412 / 2055 "Etag is no longer valid".
    static let staleETag = ServeError(
        status: 412, code: "2055", graphCode: "Request_PreconditionFailed",
        message: "Etag is no longer valid. Get the resource again and send its current etag.")

    /// 503 "Service unavailable".
    static let unavailable = ServeError(
        status: 503, code: "503", graphCode: "serviceNotAvailable",
        message: "The service is temporarily unavailable. Try again later.")
}
