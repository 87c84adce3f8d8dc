import PartnerModel
import PartnerYAML

/// Role sets shared by the users who hold the same roles: 100,000 users hold a handful of
/// distinct sets, so each is built and stored once, not once per user.
struct RoleSetCache {
    private var sets: [UInt64: Set<Role>] = [:]
    /// The roles in a fixed order, made once (`allCases` builds a new array on every call).
    private static let roles = Role.allCases

    /// A role as one bit of a mask.
    static func bit(_ role: Role) -> UInt64 {
        1 << UInt64(roles.firstIndex(of: role) ?? 0)
    }

    /// The mask of a set of roles.
    static func mask(_ roles: Set<Role>) -> UInt64 {
        roles.reduce(0) { $0 | bit($1) }
    }

    /// The roles every cloud offers.
    private static let offeredEverywhere = roles.filter { role in Cloud.allCases.allSatisfy(role.isAvailable(in:)) }
        .reduce(UInt64(0)) { $0 | bit($1) }

    /// The mask of a list of role names when each is written as a built-in role that every
    /// cloud offers (untagged, compared as written), named once; nil when a name needs more
    /// checking than that.
    static func plainMask(of names: YAMLSequence) -> UInt64? {
        var mask: UInt64 = 0
        for name in names {
            guard name.tag == nil, let index = roles.firstIndex(where: { name.hasText($0.rawValue) }) else {
                return nil
            }
            let bit: UInt64 = 1 << UInt64(index)
            guard bit & offeredEverywhere != 0, mask & bit == 0 else { return nil }
            mask |= bit
        }
        return mask
    }

    /// The set of the roles in `mask`, shared with every earlier caller of the same mask.
    mutating func roles(_ mask: UInt64) -> Set<Role> {
        if let known = sets[mask] { return known }
        let roles = Set(Self.roles.filter { mask & Self.bit($0) != 0 })
        sets[mask] = roles
        return roles
    }
}
