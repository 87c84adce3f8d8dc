import Foundation
public import PartnerModel

/// Stable object ids for things the store keeps no id for: GUIDs made from a hash of a name
/// (FNV-1a, 128 bits, in the RFC 4122 version 5 layout), so the same user or role has the same
/// id on every run. Not secret and not collision-proof against an adversary; ids only.
public enum WireObjectId {
    /// The id of a name within a namespace (`user`, `role`, `group` …).
    public static func make(_ namespace: String, _ name: String) -> String {
        let text = Array("partnerctl/\(namespace)/\(name)".utf8)
        var bytes =
            withUnsafeBytes(of: fnv1a(text, basis: 0xcbf2_9ce4_8422_2325).bigEndian, Array.init)
            + withUnsafeBytes(of: fnv1a(text.reversed(), basis: 0x6c62_272e_07bb_0142).bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
            hex.dropFirst(20),
        ]
        return parts.joined(separator: "-")
    }

    /// A user's object id: from the tenant and the lower-case principal name.
    public static func user(tenantId: String, userPrincipalName: String) -> String {
        make("user", tenantId.lowercased() + "/" + userPrincipalName.lowercased())
    }

    /// A role's id in `/v1/roles`: the same in every tenant and cloud, so a client that learned
    /// it in one cloud and sends it to another is refused there.
    public static func partnerRole(_ role: Role) -> String { make("role", role.rawValue) }

    /// A directory role's object id in a tenant.
    public static func directoryRole(tenantId: String, templateId: String) -> String {
        make("directoryRole", tenantId.lowercased() + "/" + templateId)
    }

    /// An agent group's object id in a tenant.
    public static func group(tenantId: String, name: String) -> String {
        make("group", tenantId.lowercased() + "/" + name)
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
