import ArgumentParser

/// How `plan` and `show` print a plan.
enum PlanFormat: String, CaseIterable, ExpressibleByArgument {
    /// For people: aligned, coloured on a terminal.
    case text
    /// For machines: the plan document (`schemas/plan.schema.json`).
    case json
    /// For a pull-request comment or a CI job summary.
    case markdown
}
