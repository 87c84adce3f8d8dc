/// A mapping's entries in the order written: a view into the document, copied by no one.
public struct YAMLMapping: RandomAccessCollection, Sendable {
    /// The keys and values, alternating.
    let nodes: YAMLSequence

    public var startIndex: Int { 0 }
    public var endIndex: Int { nodes.count / 2 }

    public subscript(position: Int) -> YAMLPair {
        YAMLPair(key: nodes[2 * position], value: nodes[2 * position + 1])
    }

    /// The value of the entry at `position`.
    public func value(at position: Int) -> YAMLNode {
        nodes[2 * position + 1]
    }

    /// Which of `keys` the entry at `position` has, compared as written: its index in `keys`,
    /// nil when the entry's key is none of them (or not a scalar).
    public func keyIndex(at position: Int, among keys: [String]) -> Int? {
        precondition(position >= 0 && position < count, "index out of range")
        return nodes.tree.scalarIndex(keyID(at: position), among: keys)
    }

    /// The position of the entry with the key `key` (keys are unique), nil when there is none.
    public func index(ofKey key: String) -> Int? {
        indices.first { nodes.tree.isScalar(keyID(at: $0), written: key) }
    }

    /// The value of the entry with the key `key`, nil when there is none.
    public subscript(key: String) -> YAMLNode? {
        index(ofKey: key).map(value(at:))
    }

    /// The node id of the entry's key at `position`.
    private func keyID(at position: Int) -> Int32 {
        nodes.tree.children[nodes.first + 2 * position]
    }
}
