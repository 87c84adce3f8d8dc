/// A document's nodes, stored flat: one record per node, one list of child ids and one run of
/// scalar bytes, so a file of a million nodes costs a few arrays rather than a million objects
/// to count references to and free.
final class YAMLTree: Sendable {
    /// What one node is.
    enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
        /// A sequence whose items went to a ``YAMLItemSink`` instead of the tree.
        case streamedSequence
    }

    /// One node. For a scalar, `first` is where its text starts in ``bytes`` and `count` its
    /// length in bytes; for a collection, `first` is where its children start in ``children``
    /// and `count` how many ids there are (two per mapping entry: key, then value).
    struct Record: Sendable {
        var mark: Mark
        var endMark: Mark
        var first: Int32
        var count: Int32
        var tag: Int32
        var kind: Kind
        /// How a scalar was written.
        var style: YAMLScalar.Style
        var weight: Int
    }

    let records: [Record]
    /// The scalars' texts in UTF-8, one after another.
    let bytes: [UInt8]
    let children: [Int32]
    let tags: [String]

    init(records: [Record], bytes: [UInt8], children: [Int32], tags: [String]) {
        self.records = records
        self.bytes = bytes
        self.children = children
        self.tags = tags
    }

    /// Calls `body` with a scalar's text in UTF-8.
    func withText<Result>(of record: Record, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(record.first)..<Int(record.first + record.count)]))
        }
    }

    /// Whether node `id` is a scalar whose text is `text`, byte for byte.
    func isScalar(_ id: Int32, written text: String) -> Bool {
        scalarIndex(id, among: CollectionOfOne(text)) != nil
    }

    /// Which of `texts` node `id` is a scalar written as, byte for byte: its index, nil when it
    /// is none of them or not a scalar.
    func scalarIndex<Texts: Collection<String>>(_ id: Int32, among texts: Texts) -> Texts.Index? {
        let record = records[Int(id)]
        guard record.kind == .scalar else { return nil }
        return withText(of: record) { written in
            texts.firstIndex { text in
                var text = text
                return text.utf8.count == written.count && text.withUTF8 { $0.hasSameBytes(as: written) }
            }
        }
    }

    /// A scalar's text.
    func text(of record: Record) -> String {
        withText(of: record) { String(decoding: $0, as: UTF8.self) }
    }
}
