import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// For people: aligned, coloured on a terminal.
    case text
    /// For machines: one JSON document on standard output, documented in `schemas/`.
    case json
}
