/// A Partner Center link: a URI relative to the API root *without* `/v1` (`/profiles/billing`),
/// the method to call it with, and headers to send.
public struct WireLink: Hashable, Sendable, Codable {
    /// The relative URI, such as `/offers?country=US&size=100&seekOperation=Next`.
    public var uri: String
    /// The HTTP method, `GET` for every link partnerctl follows.
    public var method: String
    /// Headers to send with the request.
    public var headers: [WireLinkHeader]

    /// Creates a link.
    public init(uri: String, method: String = "GET", headers: [WireLinkHeader] = []) {
        self.uri = uri
        self.method = method
        self.headers = headers
    }

    /// The path to request: the URI with the `/v1` root put back when it is missing, as the
    /// .NET SDK does (reference §4.3).
    public var requestPath: String {
        uri.hasPrefix("/v1/") ? uri : "/v1" + (uri.hasPrefix("/") ? uri : "/" + uri)
    }
}
