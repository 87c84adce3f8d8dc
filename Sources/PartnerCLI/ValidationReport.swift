import PartnerConfig

/// The JSON document `partnerctl validate --format json` prints (`schemas/diagnostics.schema.json`).
struct ValidationReport: Encodable {
    /// The version of this document's shape (format 1 is the first to say so).
    static let currentFormatVersion = 1

    /// ``currentFormatVersion``.
    let formatVersion = currentFormatVersion
    /// Whether every file was read and is valid.
    let valid: Bool
    /// One entry per file, in the order given.
    let files: [File]

    struct File: Encodable {
        let file: String
        let valid: Bool
        let errors: Int
        let warnings: Int
        let readError: String?
        let diagnostics: [Entry]

        init(_ loaded: LoadedConfig) {
            file = loaded.source.path
            valid = loaded.isValid
            errors = loaded.diagnostics.filter { $0.severity == .error }.count
            warnings = loaded.diagnostics.count - errors
            readError = nil
            diagnostics = loaded.diagnostics.map(Entry.init)
        }

        init(unreadable path: String, reason: String) {
            file = path
            valid = false
            errors = 1
            warnings = 0
            readError = reason
            diagnostics = []
        }
    }

    struct Entry: Encodable {
        let code: String
        let severity: String
        let message: String
        let file: String
        let line: Int
        let column: Int
        let endLine: Int?
        let endColumn: Int?
        let hint: String?
        let notes: [Note]

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code.rawValue
            severity = diagnostic.severity.rawValue
            message = diagnostic.message.description
            file = diagnostic.file
            line = diagnostic.mark.line
            column = diagnostic.mark.column
            endLine = diagnostic.endMark?.line
            endColumn = diagnostic.endMark?.column
            hint = diagnostic.hint?.description
            notes = diagnostic.notes.map {
                Note(message: $0.message.description, line: $0.mark.line, column: $0.mark.column)
            }
        }
    }

    struct Note: Encodable {
        let message: String
        let line: Int
        let column: Int
    }
}
