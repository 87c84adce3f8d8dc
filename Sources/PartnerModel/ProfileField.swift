/// One field of a partner profile: where it is, what it holds and how long it may be.
public struct ProfileField: Hashable, Sendable {
    /// The section the field belongs to.
    public let section: ProfileSection
    /// The keys leading to it inside its section, such as `["address", "city"]`.
    public let keys: [String]
    /// What the field holds.
    public let format: FieldFormat
    /// The longest value Partner Center accepts, in characters.
    public let maxLength: Int
    /// The shortest value Partner Center accepts, in characters: 1 for fields that may not be blank.
    public var minLength: Int = 0

    /// The field's path as written in plans and errors: `legalBusiness.address.city`.
    public var path: String { ([section.rawValue] + keys).joined(separator: ".") }
}
