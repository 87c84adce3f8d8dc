/// The JSON document `drift --format json` prints (`schemas/drift.schema.json`).
struct DriftReport: Encodable {
    let drifted: Bool
    let results: [DriftResult]
}
