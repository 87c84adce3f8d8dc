import Foundation
import PartnerModel

/// The JSON document `history --format json` prints (`schemas/history.schema.json`): the applies,
/// newest first, each with what it was made from and its journal, steps as objects.
struct HistoryReport: Encodable {
    /// The version of this document's shape. Format 1 (partnerctl before formatVersion) was a
    /// bare array of applies, each journal step one string.
    static let currentFormatVersion = 2

    let formatVersion: Int
    let applies: [Apply]

    init(_ records: [ApplyRecord]) {
        formatVersion = Self.currentFormatVersion
        applies = records.map(Apply.init)
    }

    /// One apply.
    struct Apply: Encodable {
        let id: String
        let tenantId: String
        let holder: LockHolder
        let startedAt: Date
        let finishedAt: Date?
        let status: ApplyRecord.Status
        let stepCount: Int
        let configHash: String?
        let partnerctlVersion: String?
        let journal: [Entry]

        init(_ record: ApplyRecord) {
            id = record.id
            tenantId = record.tenantId
            holder = record.holder
            startedAt = record.startedAt
            finishedAt = record.finishedAt
            status = record.status
            stepCount = record.stepCount
            configHash = record.origin.configHash
            partnerctlVersion = record.origin.partnerctlVersion
            journal = record.journal.map(Entry.init)
        }
    }

    /// What happened to one step: the step as its kind, target and role, and its outcome. The
    /// error is the store's text as recorded (unescaped: JSON carries values unchanged).
    struct Entry: Encodable {
        let index: Int
        let kind: String
        let target: String
        let role: String?
        let status: JournalEntry.Status
        let error: String?

        /// Takes the journal's one-line step (`role.grant li.wei@contoso.cn global-admin`) apart:
        /// the kind is its first word, and a role step's role its last (neither has a space), so
        /// the target is what lies between, whatever it holds.
        init(_ entry: JournalEntry) {
            index = entry.index
            status = entry.status
            error = entry.error
            let kindEnd = entry.step.firstIndex(of: " ") ?? entry.step.endIndex
            kind = String(entry.step[..<kindEnd])
            var rest = entry.step[kindEnd...].dropFirst()
            var role: String?
            if kind.hasPrefix("role."), let roleStart = rest.lastIndex(of: " ") {
                role = String(rest[rest.index(after: roleStart)...])
                rest = rest[..<roleStart]
            }
            target = String(rest)
            self.role = role
        }
    }
}
