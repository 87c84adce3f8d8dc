public import PartnerModel
public import PartnerYAML

/// A configuration file after loading: its source, its problems and, when valid, its model.
public struct LoadedConfig: Sendable {
    /// The file that was read.
    public let source: SourceFile
    /// The configuration; nil when any diagnostic is an error.
    public let config: AccountConfig?
    /// Every problem found, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Whether the file can be used.
    public var isValid: Bool { config != nil }
}
