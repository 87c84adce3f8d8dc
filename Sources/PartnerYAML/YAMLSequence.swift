/// A sequence's items, in order: a view into the document, copied by no one.
public struct YAMLSequence: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    let first: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLNode {
        precondition(position >= 0 && position < count, "index out of range")
        return YAMLNode(tree: tree, id: tree.children[first + position])
    }
}
