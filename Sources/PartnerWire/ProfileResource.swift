public import PartnerModel

/// One of the four partner profiles as Partner Center sends and takes it
/// (`/v1/profiles/legalbusiness|organization|billing|support`).
///
/// A PUT sends the whole resource: a field it leaves out or sends empty is cleared.
public protocol ProfileResource: Hashable, Sendable, Codable {
    /// The profile section of partnerctl's model the resource holds.
    static var section: ProfileSection { get }
    /// The last path component of the resource's URL (`legalbusiness`).
    static var pathComponent: String { get }
    /// The resource's `attributes.objectType`.
    static var objectType: String { get }
    /// The resource's `profileType`.
    static var profileTypeName: String { get }
    /// Whether the resource carries `attributes.etag` (organization and billing).
    static var hasETag: Bool { get }

    /// The service's `profileType` field.
    var profileType: String? { get set }
    /// Links to the resource.
    var links: ResourceLinks? { get set }
    /// The object type and etag.
    var attributes: ResourceAttributes? { get set }
}

extension ProfileResource {
    /// The resource's `links.self.uri`: relative, without `/v1` — except the support profile's,
    /// which carries it in every recorded sample (reference §2.4).
    public static var selfURI: String {
        section == .support ? "/v1/profiles/support" : "/profiles/\(pathComponent)"
    }
}
