public import PartnerText

/// A node of a YAML document, with the mark where it starts.
///
/// Nodes are immutable values that point into their document's storage. An alias is resolved
/// to the node its anchor names; the document shares that node rather than copying it, so a
/// document full of aliases costs no more memory than its text.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// A scalar; see ``YAMLScalar``.
        case scalar(YAMLScalar)
        /// A sequence of nodes, in order.
        case sequence(YAMLSequence)
        /// A mapping's entries in the order written. Keys are unique (duplicates are reported).
        case mapping(YAMLMapping)
    }

    let tree: YAMLTree
    let id: Int32

    init(tree: YAMLTree, id: Int32) {
        self.tree = tree
        self.id = id
    }

    private var record: YAMLTree.Record { tree.records[Int(id)] }

    /// Where the node starts.
    public var mark: Mark { record.mark }

    /// The node's explicit tag in full form (`tag:yaml.org,2002:str`), or nil when untagged.
    public var tag: String? {
        let tag = record.tag
        return tag < 0 ? nil : tree.tags[Int(tag)]
    }

    /// The number of nodes in this subtree with every alias expanded; bounded by the parser.
    var weight: Int { record.weight }

    /// The node's content.
    public var content: Content {
        let record = record
        guard record.kind != .scalar else { return .scalar(scalar(record)) }
        let children = children(record)
        return record.kind == .mapping ? .mapping(YAMLMapping(nodes: children)) : .sequence(children)
    }

    // The accessors below read the record directly rather than through `content`: the decoder
    // asks them of every node, and building the enum costs reference counting each time.

    private func scalar(_ record: YAMLTree.Record) -> YAMLScalar {
        YAMLScalar(text: tree.text(of: record), style: record.style, endMark: record.endMark)
    }

    private func children(_ record: YAMLTree.Record) -> YAMLSequence {
        YAMLSequence(tree: tree, first: Int(record.first), count: Int(record.count))
    }

    /// Whether this is the sequence whose items went to a ``YAMLItemSink`` while parsing: it has
    /// no items here.
    public var isStreamed: Bool { record.kind == .streamedSequence }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        let record = record
        return record.kind == .scalar ? scalar(record) : nil
    }

    /// The entries, when this node is a mapping.
    public var mapping: YAMLMapping? {
        let record = record
        return record.kind == .mapping ? YAMLMapping(nodes: children(record)) : nil
    }

    /// The items, when this node is a sequence.
    public var sequence: YAMLSequence? {
        let record = record
        // A streamed sequence is a sequence whose items are elsewhere.
        return record.kind == .sequence || record.kind == .streamedSequence ? children(record) : nil
    }

    /// Whether the node is a null: an empty or `~`/`null` plain scalar, or one tagged `!!null`.
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar else { return false }
        if record.tag >= 0 { return tree.tags[Int(record.tag)] == YAMLTag.null }
        // The null words are at most four bytes: most scalars are ruled out without comparing.
        guard record.style == .plain, record.count <= 4 else { return false }
        return tree.withText(of: record) { text in
            Self.nullWords.contains { word in word.withUnsafeBufferPointer { $0.hasSameBytes(as: text) } }
        }
    }

    /// How a plain null is written.
    private static let nullWords: [[UInt8]] = ["", "~", "null", "Null", "NULL"].map { Array($0.utf8) }

    /// Whether the node is a scalar whose text is `text`, byte for byte: a key compared without
    /// making a string of it.
    public func hasText(_ text: String) -> Bool {
        tree.isScalar(id, written: text)
    }

    /// What the node is, for messages: "a mapping", "a sequence", "null", "a number", "a string" …
    public var kindDescription: Message {
        switch content {
        case .mapping: return Message("a mapping")
        case .sequence: return Message("a sequence")
        case .scalar(let scalar):
            if isNull { return Message("null") }
            if let tag, tag != YAMLTag.str { return Message("a value tagged '\(YAMLTag.shortName(tag))'") }
            guard scalar.style == .plain else { return Message("a string") }
            if scalar.isPlainBoolean { return Message("a boolean") }
            if scalar.isPlainNumber { return Message("a number") }
            return Message("a string")
        }
    }
}
