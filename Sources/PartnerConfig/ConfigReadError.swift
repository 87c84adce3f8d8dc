/// A configuration file could not be read.
public struct ConfigReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// Why, as the system says it.
    public let reason: String

    /// `cannot read 'partner.yaml': no such file`.
    public var description: String { "cannot read '\(path)': \(reason)" }
}
