/// Partner Center's error body (reference §4.1): `{"code", "description", "data", "source"}`.
///
/// `code` is documented as a string and seen as a number in the wild: both decode.
public struct ApiFault: Hashable, Sendable, Codable, Error {
    /// The error code (`2055`, `1000`, `3000` …).
    public var code: String
    /// What went wrong, at most 1024 characters.
    public var description: String
    /// More detail for some errors (the fields a validation rejected).
    public var data: [String]
    /// The component that failed (`PartnerFD`).
    public var source: String

    /// Creates a fault.
    public init(code: String, description: String, data: [String] = [], source: String = "PartnerFD") {
        self.code = code
        self.description = String(description.prefix(1024))
        self.data = data
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case code, description, data, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? container.decode(Int.self, forKey: .code) {
            code = String(number)
        } else {
            code = try container.decode(String.self, forKey: .code)
        }
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        data = (try? container.decodeIfPresent([String].self, forKey: .data)) ?? []
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
    }
}
