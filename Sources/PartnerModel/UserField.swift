/// A user's text fields that a configuration may manage, in the order plans list them.
public enum UserField: String, CaseIterable, Hashable, Sendable, Codable {
    case displayName, firstName, lastName, usageLocation

    /// The longest value Partner Center takes, in characters.
    public var maxLength: Int {
        switch self {
        case .displayName: return 256
        case .firstName, .lastName: return 64
        case .usageLocation: return 2
        }
    }

    /// What the field holds, for comparing values.
    public var format: FieldFormat {
        self == .usageLocation ? .country : .text
    }

    /// The declared value, nil when not managed.
    public func value(in spec: UserSpec) -> String? {
        switch self {
        case .displayName: return spec.displayName
        case .firstName: return spec.firstName
        case .lastName: return spec.lastName
        case .usageLocation: return spec.usageLocation
        }
    }

    /// The value in the account.
    public func value(in state: UserState) -> String? {
        switch self {
        case .displayName: return state.displayName
        case .firstName: return state.firstName
        case .lastName: return state.lastName
        case .usageLocation: return state.usageLocation
        }
    }

    /// Sets the value in an account's user.
    public func set(_ value: String?, in state: inout UserState) {
        switch self {
        case .displayName: state.displayName = value
        case .firstName: state.firstName = value
        case .lastName: state.lastName = value
        case .usageLocation: state.usageLocation = value
        }
    }
}
