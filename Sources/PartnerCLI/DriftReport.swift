/// The JSON document `drift --format json` prints (`schemas/drift.schema.json`).
struct DriftReport: Encodable {
    /// The version of this document's shape (format 1 is the first to say so).
    static let currentFormatVersion = 1

    let formatVersion = currentFormatVersion
    let drifted: Bool
    let results: [DriftResult]
}
