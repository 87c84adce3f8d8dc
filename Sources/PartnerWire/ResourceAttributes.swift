/// The `attributes` object every Partner Center resource carries: its object type and, on the
/// organization and billing profiles, the etag a PUT must send back.
public struct ResourceAttributes: Hashable, Sendable, Codable {
    /// The concurrency token of the resource's current version (organization and billing profiles).
    public var etag: String?
    /// The resource's type: `OrganizationProfile`, `Collection`, `UserMember` …
    public var objectType: String

    /// Creates attributes.
    public init(objectType: String, etag: String? = nil) {
        self.objectType = objectType
        self.etag = etag
    }
}
