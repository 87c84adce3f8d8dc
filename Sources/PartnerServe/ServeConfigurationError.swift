/// `partnerctl serve` was started with settings it cannot use: what is wrong, for people.
public struct ServeConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
