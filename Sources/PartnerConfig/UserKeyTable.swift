import PartnerModel

/// Where each distinct user key first appears in a list of users, in four bytes a slot: a
/// dictionary keyed by the names would hold 24 bytes a slot and a reference to each name.
///
/// Open addressing with linear probing over positions in the list; the keys themselves stay in
/// the list.
struct UserKeyTable {
    private var slots: [Int32]
    private let mask: Int

    /// A table for up to `capacity` keys, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The position of an earlier user in `users` with the key `key`; nil after recording
    /// `position` as the key's first.
    mutating func earlier(_ key: String, at position: Int, in users: [UserSpec]) -> Int? {
        var slot = key.hashValue & mask
        while true {
            let occupant = slots[slot]
            if occupant < 0 {
                slots[slot] = Int32(position)
                return nil
            }
            if users[Int(occupant)].key == key { return Int(occupant) }
            slot = (slot + 1) & mask
        }
    }
}
