import Foundation
public import PartnerModel

extension ProfileResource {
    /// The resource's writable fields as partnerctl's model holds them: values by dotted path
    /// (`legalBusiness.address.city`). Fields the service sets itself (`vettingStatus`,
    /// `links` …) and empty strings are left out.
    public var fieldValues: [String: String] {
        guard let data = try? JSONEncoder().encode(self),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        var values: [String: String] = [:]
        Self.flatten(object, prefix: Self.section.rawValue, into: &values)
        return values
    }

    private static func flatten(_ object: [String: Any], prefix: String, into values: inout [String: String]) {
        for (key, value) in object {
            let path = prefix + "." + key
            if let nested = value as? [String: Any] {
                flatten(nested, prefix: path, into: &values)
            } else if let text = value as? String, !text.isEmpty, ProfileSchema.field(atPath: path) != nil {
                values[path] = text
            }
        }
    }

    /// The resource holding a profile's fields of this section, with its type, self link and
    /// (when it has one) etag.
    ///
    /// - Parameters:
    ///   - profile: The account's profile; fields of other sections are ignored.
    ///   - extra: Service fields to set as well (`tenantId`, `vettingStatus` …), by key.
    ///   - etag: The etag of this version, for organization and billing.
    public init(profile: Profile, extra: [String: String] = [:], etag: String? = nil) throws {
        var root: [String: Any] = extra
        let prefix = Self.section.rawValue + "."
        for (path, value) in profile.values where path.hasPrefix(prefix) {
            let keys = path.dropFirst(prefix.count).split(separator: ".").map(String.init)
            Self.insert(value, at: keys[...], into: &root)
        }
        let data = try JSONSerialization.data(withJSONObject: root)
        self = try JSONDecoder().decode(Self.self, from: data)
        profileType = Self.profileTypeName
        links = ResourceLinks(self: WireLink(uri: Self.selfURI))
        attributes = ResourceAttributes(objectType: Self.objectType, etag: Self.hasETag ? etag : nil)
    }

    private static func insert(_ value: String, at keys: ArraySlice<String>, into object: inout [String: Any]) {
        guard let first = keys.first else { return }
        if keys.count == 1 {
            object[first] = value
        } else {
            var nested = object[first] as? [String: Any] ?? [:]
            insert(value, at: keys.dropFirst(), into: &nested)
            object[first] = nested
        }
    }
}
