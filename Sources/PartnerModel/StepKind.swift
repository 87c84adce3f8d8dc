/// What a plan step does.
public enum StepKind: String, CaseIterable, Hashable, Sendable, Codable {
    case profileUpdate = "profile.update"
    case userCreate = "user.create"
    case userUpdate = "user.update"
    case userEnable = "user.enable"
    case userDisable = "user.disable"
    case userDelete = "user.delete"
    case roleGrant = "role.grant"
    case roleRevoke = "role.revoke"
    case catalogShow = "catalog.show"
    case catalogHide = "catalog.hide"

    /// How a step counts in the plan's summary line.
    public enum Effect: String, Hashable, Sendable, Codable {
        /// A user created, a role granted.
        case add
        /// A profile, user or offer changed in place.
        case change
        /// A user deleted, a role revoked.
        case remove
    }

    /// How steps of this kind count in the summary.
    public var effect: Effect {
        switch self {
        case .userCreate, .roleGrant: return .add
        case .userDelete, .roleRevoke: return .remove
        case .profileUpdate, .userUpdate, .userEnable, .userDisable, .catalogShow, .catalogHide: return .change
        }
    }

    /// Whether the step can take something away from a user (and so must spare protected users).
    public var isDestructive: Bool {
        self == .userDisable || self == .userDelete || self == .roleRevoke
    }
}
