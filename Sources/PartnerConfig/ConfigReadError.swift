public import PartnerText

/// A configuration file could not be read.
public struct ConfigReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// Why, for a person.
    public let why: Message
    /// Why, in English (the JSON report's `readError`).
    public var reason: String { why.description }

    /// Creates the error for a path.
    public init(path: String, reason: Message) {
        self.path = path
        self.why = reason
    }

    /// `cannot read 'partner.yaml': no such file`.
    public var description: String { message.description }

    /// The error for a person, in the language it is rendered in (not escaped).
    public var message: Message { Message("cannot read '\(path)': \(why)") }
}
