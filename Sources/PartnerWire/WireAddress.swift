/// A Partner Center `Address` (reference §2.1–§2.3, §2.7): every field optional on the wire.
public struct WireAddress: Hashable, Sendable, Codable {
    public var country: String?
    public var region: String?
    public var city: String?
    public var state: String?
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var postalCode: String?
    public var firstName: String?
    public var lastName: String?
    public var phoneNumber: String?

    /// Creates an address.
    public init(
        country: String? = nil, region: String? = nil, city: String? = nil, state: String? = nil,
        addressLine1: String? = nil, addressLine2: String? = nil, addressLine3: String? = nil,
        postalCode: String? = nil, firstName: String? = nil, lastName: String? = nil, phoneNumber: String? = nil
    ) {
        self.country = country
        self.region = region
        self.city = city
        self.state = state
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.postalCode = postalCode
        self.firstName = firstName
        self.lastName = lastName
        self.phoneNumber = phoneNumber
    }
}
