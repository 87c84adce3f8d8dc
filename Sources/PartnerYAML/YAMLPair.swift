/// One entry of a mapping.
public struct YAMLPair: Sendable {
    /// The key node (a scalar in every well-formed configuration file).
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode
}
