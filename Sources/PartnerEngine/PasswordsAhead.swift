import PartnerModel

/// New users' passwords recorded ahead of their `user.create` steps, by step offset: each is on
/// disk before its step runs, and many are recorded in one write.
struct PasswordsAhead {
    /// Recorded and not handed to a step yet (confirmed `skipped` when the apply ends).
    var waiting: [Int: String] = [:]
    /// Every offset ever recorded, so that a password handed back is not recorded again.
    private var everRecorded = Set<Int>()

    /// The password for the create at `offset`, recording it first, with those of the creates
    /// that follow it, when it is not recorded yet.
    ///
    /// - Throws: ``ApplierError/passwordNotRecorded(_:)`` when the write fails.
    mutating func take(for offset: Int, of steps: [PlanStep], in passwords: any PasswordRecorder) throws -> String? {
        if waiting[offset] == nil {
            let recorded = try Applier.recordPasswords(from: offset, of: steps, skipping: everRecorded, in: passwords)
            waiting.merge(recorded) { $1 }
            everRecorded.formUnion(recorded.keys)
        }
        return waiting.removeValue(forKey: offset)
    }
}
