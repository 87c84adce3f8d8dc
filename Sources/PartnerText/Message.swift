/// A message for people, written in English at the place that makes it and shown in the reader's
/// language when it is printed.
///
/// A message is its English *template* — the text with each interpolated value replaced by a
/// numbered placeholder, `"unknown role '{0}'"` for `"unknown role '\(name)'"` — and the values.
/// The template is the key of the translation catalogs (``Catalog``); a translation may use the
/// placeholders in any order. Interpolated messages are translated too, each in its own right.
///
/// Two messages are equal when their English text is: tests compare messages with string
/// literals, and JSON output (which never changes with the language) is the English text.
public struct Message: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation, Codable {
    /// A value substituted for a placeholder.
    public enum Argument: Sendable {
        /// Text shown as it is, in every language (a name, a number, a value from the file).
        case text(String)
        /// A message of its own, translated like the message it is part of.
        case message(Message)
    }

    /// The English text with `{0}`, `{1}` … where the values go; the catalog key.
    public let template: String
    /// The values, in the order of their placeholders.
    public let arguments: [Argument]
    /// Whether the template is text from elsewhere (libyaml, an operating system error), shown
    /// as it is in every language and never looked up.
    public let isVerbatim: Bool

    /// Creates a message from a string literal or interpolation.
    public init(stringInterpolation: Interpolation) {
        template = stringInterpolation.template
        arguments = stringInterpolation.arguments
        isVerbatim = false
    }

    /// Creates a message from a string literal without values.
    public init(stringLiteral value: String) {
        template = value
        arguments = []
        isVerbatim = false
    }

    /// The same message: lets a call site name the type where the type is not inferred.
    public init(_ message: Message) {
        self = message
    }

    /// Text that has no translation (it comes from a library or the system), shown as it is.
    public init(verbatim text: String) {
        template = text
        arguments = []
        isVerbatim = true
    }

    /// The English text.
    public var description: String { rendered(in: .english) }

    /// The message in a language: the catalog's translation of the template, or the English
    /// template when there is none, with each placeholder replaced by its value.
    public func rendered(in language: Language) -> String {
        if isVerbatim { return template }
        let pattern = Catalog.translation(of: template, in: language) ?? template
        return Self.substitute(pattern) { index in
            guard arguments.indices.contains(index) else { return nil }
            switch arguments[index] {
            case .text(let text): return text
            case .message(let message): return message.rendered(in: language)
            }
        }
    }

    /// The placeholder numbers in a template or translation, in the order they appear.
    public static func placeholders(in pattern: String) -> [Int] {
        var found: [Int] = []
        _ = substitute(pattern) { index in
            found.append(index)
            return nil
        }
        return found
    }

    /// Replaces each `{n}` for which `value` has text; leaves any other brace as written.
    private static func substitute(_ pattern: String, _ value: (Int) -> String?) -> String {
        var output = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix(while: \.isASCIIDigit)
            let close = digits.endIndex
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let index = Int(digits),
                let text = value(index)
            {
                output += text
                rest = rest[rest.index(after: close)...]
            } else {
                output.append("{")
                rest = rest[afterOpen...]
            }
        }
        return output + rest
    }

    // MARK: - Equality and coding: by the English text

    public static func == (lhs: Message, rhs: Message) -> Bool {
        lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

    /// Decodes English text as a verbatim message (it was written as English).
    public init(from decoder: any Decoder) throws {
        self.init(verbatim: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the English text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
