public import PartnerText
public import PartnerYAML

/// One problem with a configuration file, with where it is and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// The file cannot be used.
        case error
        /// The file can be used, but probably does not say what was meant.
        case warning
    }

    /// A second place that explains the problem ("first declared here").
    public struct Note: Hashable, Sendable {
        /// What the place is.
        public var message: Message
        /// Where it is, in the same file.
        public var mark: Mark

        /// Creates a note.
        public init(message: Message, mark: Mark) {
            self.message = message
            self.mark = mark
        }
    }

    /// What kind of problem it is.
    public var code: DiagnosticCode
    /// How serious it is.
    public var severity: Severity
    /// The problem: lower case, names the thing and quotes the value, no trailing period.
    public var message: Message
    /// The file, as the user named it.
    public var file: String
    /// Where the problem starts.
    public var mark: Mark
    /// Where the offending text ends on the same line, when known (for underlining).
    public var endMark: Mark?
    /// What to do about it, if there is something useful to say.
    public var hint: Message?
    /// Related places.
    public var notes: [Note]

    /// Creates a diagnostic.
    public init(
        code: DiagnosticCode, severity: Severity = .error, message: Message, file: String, mark: Mark,
        endMark: Mark? = nil, hint: Message? = nil, notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.mark = mark
        self.endMark = endMark
        self.hint = hint
        self.notes = notes
    }
}

extension Diagnostic {
    /// An error at a value's place in the file.
    init<Value>(
        _ code: DiagnosticCode, _ message: Message, file: String, at location: Located<Value>, hint: Message? = nil,
        notes: [Note] = []
    ) {
        self.init(
            code: code, message: message, file: file, mark: location.mark, endMark: location.endMark, hint: hint,
            notes: notes)
    }

    /// A diagnostic for a problem the YAML parser found.
    init(_ error: YAMLError, file: String) {
        var hint = error.hint
        var notes: [Note] = []
        if let context = error.context {
            if error.code == .syntax {
                hint = Message("\(context.message) started at \(context.mark)")
            } else {
                notes.append(Note(message: context.message, mark: context.mark))
            }
        }
        if error.code == .aliasBudget {
            hint = Message("a configuration file needs few aliases; write the values out")
        }
        self.init(
            code: DiagnosticCode(rawValue: error.code.rawValue), message: error.message, file: file,
            mark: error.mark, hint: hint, notes: notes)
    }
}
