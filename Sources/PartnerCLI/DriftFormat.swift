import ArgumentParser

/// How `drift` reports.
enum DriftFormat: String, CaseIterable, ExpressibleByArgument {
    /// For people: each drifted plan, then a summary table.
    case text
    /// For machines (`schemas/drift.schema.json`).
    case json
    /// For a CI job summary or a chat message.
    case markdown
}
