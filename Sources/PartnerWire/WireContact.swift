/// A Partner Center `Contact`: a profile's primary contact.
public struct WireContact: Hashable, Sendable, Codable {
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var phoneNumber: String?

    /// Creates a contact.
    public init(firstName: String? = nil, lastName: String? = nil, email: String? = nil, phoneNumber: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phoneNumber = phoneNumber
    }
}
