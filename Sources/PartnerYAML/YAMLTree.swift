/// A document's nodes, stored flat: one record per node and one list of child ids, so a file
/// of a million nodes costs a few arrays (and the text of its long scalars) rather than a
/// million objects to count references to and free.
final class YAMLTree: Sendable {
    /// What one node is.
    enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
        /// A sequence whose items went to a ``YAMLItemSink`` instead of the tree.
        case streamedSequence
    }

    /// One node. For a scalar, `first` indexes ``texts`` and `count` is its style; for a
    /// collection, `first` is where its children start in ``children`` and `count` how many
    /// ids there are (two per mapping entry: key, then value).
    struct Record: Sendable {
        var mark: Mark
        var endMark: Mark
        var first: Int32
        var count: Int32
        var tag: Int32
        var kind: Kind
        var weight: Int
    }

    let records: [Record]
    let texts: [String]
    let children: [Int32]
    let tags: [String]

    init(records: [Record], texts: [String], children: [Int32], tags: [String]) {
        self.records = records
        self.texts = texts
        self.children = children
        self.tags = tags
    }
}
