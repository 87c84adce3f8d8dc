import PartnerModel

/// Where each distinct user key first appears in a list of users, in eight bytes a slot: a
/// dictionary keyed by the names would hold 24 bytes a slot and a reference to each name.
///
/// Open addressing with linear probing. A slot holds a position in the list and 32 bits of
/// the key's hash, so that a probe reads the list (far away in memory) only when the hashes
/// agree.
struct UserKeyTable {
    private var slots: [UInt64]
    private let mask: Int

    /// A table for up to `capacity` keys, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The position of an earlier user in `users` with the key `key`; nil after recording
    /// `position` as the key's first.
    mutating func earlier(_ key: String, at position: Int, in users: [UserSpec]) -> Int? {
        let hash = key.hashValue
        // The high half of a slot is the hash's, the low half the position plus one (0: empty).
        let tag = UInt64(truncatingIfNeeded: hash) >> 32
        var slot = hash & mask
        while true {
            let occupant = slots[slot]
            if occupant == 0 {
                slots[slot] = tag << 32 | UInt64(position + 1)
                return nil
            }
            if occupant >> 32 == tag {
                let earlier = Int(occupant & 0xFFFF_FFFF) - 1
                if users[earlier].key == key { return earlier }
            }
            slot = (slot + 1) & mask
        }
    }
}
