/// The result of parsing a file: its root node, and problems that did not stop parsing.
public struct YAMLDocument: Sendable {
    /// The document's root node, or nil for a file with no document (empty or only comments).
    public let root: YAMLNode?
    /// Duplicate keys and unsupported tags: reported, while parsing went on with the first value.
    public let problems: [YAMLError]
}
