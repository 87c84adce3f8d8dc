/// The body of `POST …/members/$ref`: `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`.
public struct GraphReference: Hashable, Sendable, Codable {
    /// The URL of the object to add.
    public var odataId: String

    /// Creates a reference.
    public init(odataId: String) {
        self.odataId = odataId
    }

    /// A reference to a directory object under a Graph root (`https://graph.microsoft.com`).
    public init(graphRoot: String, objectId: String) {
        odataId = graphRoot + "/v1.0/directoryObjects/" + objectId
    }

    /// The object id: the reference's last path component.
    public var objectId: String {
        String(odataId.split(separator: "/").last ?? "")
    }

    private enum CodingKeys: String, CodingKey {
        case odataId = "@odata.id"
    }
}
