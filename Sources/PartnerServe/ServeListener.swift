/// Where `partnerctl serve` listens: a host, a port (0 = any free port) and optionally TLS.
public struct ServeListener: Hashable, Sendable {
    /// The address to bind; `127.0.0.1` unless asked otherwise.
    public var host: String
    /// The port; 0 picks a free one (the server reports it once listening).
    public var port: Int
    /// The certificate and key for HTTPS; nil for plain HTTP.
    public var tls: ServeTLSFiles?

    /// Creates a listener.
    public init(host: String = "127.0.0.1", port: Int = 0, tls: ServeTLSFiles? = nil) {
        self.host = host
        self.port = port
        self.tls = tls
    }

    /// `http` or `https`.
    public var scheme: String { tls == nil ? "http" : "https" }
}
