/// A mapping's entries in the order written: a view into the document, copied by no one.
public struct YAMLMapping: RandomAccessCollection, Sendable {
    /// The keys and values, alternating.
    let nodes: YAMLSequence

    public var startIndex: Int { 0 }
    public var endIndex: Int { nodes.count / 2 }

    public subscript(position: Int) -> YAMLPair {
        YAMLPair(key: nodes[2 * position], value: nodes[2 * position + 1])
    }

    /// Whether the entry at `position` has the key `key`, a scalar compared as written.
    public func hasKey(_ key: String, at position: Int) -> Bool {
        precondition(position >= 0 && position < count, "index out of range")
        return nodes.tree.isScalar(nodes.tree.children[nodes.first + 2 * position], written: key)
    }

    /// The position of the entry with the key `key` (keys are unique), nil when there is none.
    public func index(ofKey key: String) -> Int? {
        indices.first { hasKey(key, at: $0) }
    }

    /// The value of the entry with the key `key`, nil when there is none.
    public subscript(key: String) -> YAMLNode? {
        index(ofKey: key).map { nodes[2 * $0 + 1] }
    }
}
