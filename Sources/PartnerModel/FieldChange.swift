/// One field a step changes, with its value before and after (nil = no value).
public struct FieldChange: Hashable, Sendable, Codable {
    /// The field: `displayName`, `legalBusiness.address.city`, `visibility` …
    public var field: String
    /// The value before the step.
    public var before: String?
    /// The value after the step.
    public var after: String?

    /// Creates a change.
    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}
