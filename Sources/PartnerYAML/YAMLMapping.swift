/// A mapping's entries in the order written: a view into the document, copied by no one.
public struct YAMLMapping: RandomAccessCollection, Sendable {
    /// The keys and values, alternating.
    let nodes: YAMLSequence

    public var startIndex: Int { 0 }
    public var endIndex: Int { nodes.count / 2 }

    public subscript(position: Int) -> YAMLPair {
        YAMLPair(key: nodes[2 * position], value: nodes[2 * position + 1])
    }
}
