/// A role as `GET /v1/roles` lists it (`{"id", "name", "category", "attributes"}`).
///
/// The real ids are not documented (reference §2.6): clients resolve roles by ``name``.
public struct PartnerRole: Hashable, Sendable, Codable {
    public var id: String
    /// The role's name as the portal shows it (`Global admin`).
    public var name: String
    /// `AzureAD` for Entra-backed roles, `PartnerCenter` for roles Partner Center keeps itself.
    public var category: String
    public var attributes: ResourceAttributes

    /// Creates a role.
    public init(id: String, name: String, category: String) {
        self.id = id
        self.name = name
        self.category = category
        attributes = ResourceAttributes(objectType: "Role")
    }
}
