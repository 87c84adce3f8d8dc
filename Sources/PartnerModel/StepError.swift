/// A step that cannot be carried out against the state it meets.
public struct StepError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the target: `user 'a@b.cn' already exists`.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message, escaped with ``DisplayText/escaped(_:)``: it quotes targets from a plan.
    public var description: String { DisplayText.escaped(message) }
}
