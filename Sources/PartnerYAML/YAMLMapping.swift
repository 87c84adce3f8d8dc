/// A mapping's entries in the order written: a view into the document, copied by no one.
public struct YAMLMapping: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    let first: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLPair {
        precondition(position >= 0 && position < count, "index out of range")
        let offset = first + 2 * position
        return YAMLPair(
            key: YAMLNode(tree: tree, id: tree.children[offset]),
            value: YAMLNode(tree: tree, id: tree.children[offset + 1]))
    }
}
