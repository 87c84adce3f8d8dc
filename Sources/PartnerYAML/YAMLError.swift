public import PartnerText

/// A problem with a YAML file's syntax or structure, found before any schema is applied.
public struct YAMLError: Error, Hashable, Sendable {
    /// What kind of problem it is; stable, for tests and JSON output.
    public enum Code: String, Hashable, Sendable {
        /// libyaml could not scan or parse the text.
        case syntax = "yaml.syntax"
        /// The file is not UTF-8 text.
        case encoding = "yaml.encoding"
        /// A mapping has the same key twice.
        case duplicateKey = "yaml.duplicate-key"
        /// The file has more than one document.
        case multipleDocuments = "yaml.multiple-documents"
        /// A tag outside YAML's core set.
        case unsupportedTag = "yaml.unsupported-tag"
        /// An alias names an anchor that was never defined.
        case unknownAnchor = "yaml.unknown-anchor"
        /// Aliases expand to more nodes than the budget allows ("billion laughs").
        case aliasBudget = "yaml.alias-budget"
        /// Collections nested deeper than the parser allows.
        case nestingDepth = "yaml.nesting-depth"
    }

    /// What kind of problem it is.
    public var code: Code
    /// The problem, lower case, without a trailing period.
    public var message: Message
    /// Where the problem is.
    public var mark: Mark
    /// A second place that explains the first, such as "while parsing a block mapping" or
    /// "first defined here".
    public var context: Context?
    /// What to do about it, when the parser knows something useful ("save it as UTF-8").
    public var hint: Message?

    /// A related place and what it is.
    public struct Context: Hashable, Sendable {
        /// What the place is ("while parsing a flow sequence started here").
        public var message: Message
        /// Where it is.
        public var mark: Mark

        /// Creates a context note.
        public init(message: Message, mark: Mark) {
            self.message = message
            self.mark = mark
        }
    }

    /// Creates an error.
    public init(code: Code, message: Message, mark: Mark, context: Context? = nil, hint: Message? = nil) {
        self.code = code
        self.message = message
        self.mark = mark
        self.context = context
        self.hint = hint
    }
}
