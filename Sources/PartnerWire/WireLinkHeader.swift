/// A header a client must send when it follows a link (`{"key": "MS-ContinuationToken", "value": "…"}`).
public struct WireLinkHeader: Hashable, Sendable, Codable {
    /// The header's name.
    public var key: String
    /// The header's value.
    public var value: String

    /// Creates a link header.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
