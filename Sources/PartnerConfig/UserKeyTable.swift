import PartnerModel

/// Where each distinct user key first appears in a list of users, in eight bytes a slot: a
/// dictionary keyed by the names would hold 24 bytes a slot and a reference to each name.
///
/// Open addressing with linear probing, at most half full. A slot holds a position in the list
/// and 32 bits of the key's hash, which also place it: a probe reads the list (far away in
/// memory) only when those bits agree, and growing the table never reads the list.
struct UserKeyTable: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    private var count = 0

    /// The position of an earlier user in `users` with the key `key`; nil after recording
    /// `position` as the key's first. Every position recorded before must hold its user.
    mutating func earlier(_ key: String, at position: Int, in users: [UserSpec]) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let tag = UInt64(truncatingIfNeeded: key.hashValue) >> 32
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while true {
            let occupant = slots[slot]
            if occupant == 0 { break }
            if occupant >> 32 == tag {
                let earlier = Int(occupant & 0xFFFF_FFFF) - 1
                if users[earlier].key == key { return earlier }
            }
            slot = (slot + 1) & mask
        }
        // The high half is the hash's, the low half the position plus one (0: empty).
        slots[slot] = tag << 32 | UInt64(position + 1)
        count += 1
        return nil
    }

    /// Doubles the table, placing each entry again by its hash bits.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for occupant in old where occupant != 0 {
            var slot = Int(occupant >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = occupant
        }
    }
}
