import ArgumentParser

/// How `validate` reports.
enum ValidateFormat: String, CaseIterable, ExpressibleByArgument {
    /// For people: each problem with its source line and a caret.
    case text
    /// For machines (`schemas/diagnostics.schema.json`).
    case json
    /// GitHub Actions workflow annotations, so problems show on the changed lines of a pull request.
    case github
}
