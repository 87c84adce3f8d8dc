/// The 64-bit keys of the PostgreSQL advisory locks the store takes.
///
/// A key is the FNV-1a 64-bit hash of a name in partnerctl's namespace, so every client computes
/// the same key for the same account without a table of keys, and the keys are unlikely to meet
/// another application's advisory locks in the same database.
enum AdvisoryLockKey {
    /// Serializes schema migrations (taken with `pg_advisory_xact_lock`).
    static let migrations = key("partnerctl:migrations")

    /// The account lock of a tenant (taken with `pg_try_advisory_lock` on a connection of its own).
    static func account(tenantId: String) -> Int64 {
        key("partnerctl:account:\(tenantId)")
    }

    /// FNV-1a, 64 bits, over the name's UTF-8 bytes, as a signed `bigint`.
    static func key(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }
}
