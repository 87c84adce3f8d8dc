public import PartnerText

/// A step that cannot be carried out against the state it meets.
public struct StepError: ValueQuotingError, Hashable, Sendable {
    /// What is wrong, naming the target: `user 'a@b.cn' already exists`.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message through `quote` (escaped with ``DisplayText/escaped(_:)`` for people): it
    /// quotes targets from a plan, and is the service's English.
    public func message(quoting quote: (String) -> String) -> Message { Message(verbatim: quote(message)) }
}
