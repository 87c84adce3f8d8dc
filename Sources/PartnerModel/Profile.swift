/// Values of partner profile fields, keyed by dotted path (`legalBusiness.address.city`).
///
/// A configuration's profile holds only the fields it manages; an account's profile holds every
/// field that has a value.
public struct Profile: Hashable, Sendable {
    /// The values by field path.
    public var values: [String: String]

    /// Creates a profile from values by path.
    public init(values: [String: String] = [:]) {
        self.values = values
    }

    /// The value of a field, if set.
    public subscript(field: ProfileField) -> String? {
        get { values[field.path] }
        set { values[field.path] = newValue }
    }

    /// The fields that have values, in schema order.
    public var fields: [ProfileField] {
        ProfileSchema.allFields.filter { values[$0.path] != nil }
    }

    /// Whether no field has a value.
    public var isEmpty: Bool { values.isEmpty }
}
