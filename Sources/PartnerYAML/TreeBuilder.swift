import PartnerText

/// Builds a document's tree from events, keeping anchors, checking keys, tags and budgets.
///
/// Children of the collections still open wait in one shared list, innermost last; a collection
/// that ends moves its children to the tree's list in one piece.
struct TreeBuilder {
    /// A collection being built.
    private struct Frame {
        let id: Int32
        let anchor: String?
        /// Where its children start in `pending`.
        let start: Int
        var weight = 1
        var keyIndex: [String: Mark]?
    }

    /// Past this many entries a mapping indexes its keys instead of scanning them.
    private static let linearKeyScanLimit = 12

    private let limits: YAMLLimits
    private var records: [YAMLTree.Record] = []
    private var texts: [String] = []
    private var children: [Int32] = []
    private var tags: [String] = []
    private var pending: [Int32] = []
    private var stack: [Frame] = []
    private var anchors: [String: Int32] = [:]
    private var aliasExpansion = 0
    private var root: Int32?
    private var documentCount = 0
    private var problems: [YAMLError] = []

    /// - Parameter expectedSize: The source's length in bytes, to size the storage up front
    ///   (a configuration file has a node for every 10 to 20 bytes).
    init(limits: YAMLLimits, expectedSize: Int = 0) {
        self.limits = limits
        records.reserveCapacity(expectedSize / 12)
        texts.reserveCapacity(expectedSize / 20)
        children.reserveCapacity(expectedSize / 12)
    }

    mutating func consume(_ event: Event) throws(YAMLError) {
        switch event {
        case .documentStart(let mark):
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    code: .multipleDocuments,
                    message: Message("the file has more than one YAML document; partnerctl reads one"),
                    mark: mark)
            }
        case .scalar(let scalar, let mark, let anchor, let tag):
            let id = newRecord(.scalar, mark: mark, tag: tag)
            records[Int(id)].endMark = scalar.endMark
            records[Int(id)].first = Int32(texts.count)
            records[Int(id)].count = Int32(scalar.style.rawValue)
            texts.append(scalar.text)
            add(id, anchor: anchor)
        case .alias(let name, let mark):
            guard let target = anchors[name] else {
                throw YAMLError(code: .unknownAnchor, message: Message("alias '*\(name)' names no anchor"), mark: mark)
            }
            aliasExpansion = aliasExpansion.addingClamped(records[Int(target)].weight)
            if aliasExpansion > limits.aliasExpansionBudget {
                throw YAMLError(
                    code: .aliasBudget,
                    message: Message("aliases expand to more than \(limits.aliasExpansionBudget) nodes"),
                    mark: mark)
            }
            add(target, anchor: nil)
        case .sequenceStart(let mark, let anchor, let tag):
            try open(.sequence, mark: mark, anchor: anchor, tag: tag)
        case .mappingStart(let mark, let anchor, let tag):
            try open(.mapping, mark: mark, anchor: anchor, tag: tag)
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            records[Int(frame.id)].first = Int32(children.count)
            records[Int(frame.id)].count = Int32(pending.count - frame.start)
            records[Int(frame.id)].weight = frame.weight
            children.append(contentsOf: pending[frame.start...])
            pending.removeLast(pending.count - frame.start)
            add(frame.id, anchor: frame.anchor)
        }
    }

    func finish() -> YAMLDocument {
        let tree = YAMLTree(records: records, texts: texts, children: children, tags: tags)
        return YAMLDocument(root: root.map { YAMLNode(tree: tree, id: $0) }, problems: problems)
    }

    private mutating func open(_ kind: YAMLTree.Kind, mark: Mark, anchor: String?, tag: String?) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(
                code: .nestingDepth, message: Message("collections are nested deeper than \(limits.maxDepth) levels"),
                mark: mark)
        }
        let id = newRecord(kind, mark: mark, tag: tag)
        stack.append(Frame(id: id, anchor: anchor, start: pending.count))
    }

    /// Adds a node's record, its tag checked and stored once per distinct tag.
    private mutating func newRecord(_ kind: YAMLTree.Kind, mark: Mark, tag: String?) -> Int32 {
        var tagId: Int32 = -1
        if let tag {
            if !YAMLTag.core.contains(tag) {
                problems.append(
                    YAMLError(
                        code: .unsupportedTag,
                        message: Message(
                            "tag '\(YAMLTag.shortName(tag))' is not supported; only YAML's core tags (!!str, !!int, !!bool, !!null, !!float, !!map, !!seq) are"
                        ),
                        mark: mark))
            }
            tagId = Int32(tags.firstIndex(of: tag) ?? tags.endIndex)
            if tagId == tags.count { tags.append(tag) }
        }
        records.append(
            YAMLTree.Record(mark: mark, endMark: mark, first: 0, count: 0, tag: tagId, kind: kind, weight: 1))
        return Int32(records.count - 1)
    }

    private mutating func add(_ id: Int32, anchor: String?) {
        if let anchor { anchors[anchor] = id }
        guard !stack.isEmpty else {
            root = id
            return
        }
        let top = stack.count - 1
        stack[top].weight = stack[top].weight.addingClamped(records[Int(id)].weight)
        // In a mapping, children alternate key, value: an even count so far means this is a key.
        guard records[Int(stack[top].id)].kind == .mapping, (pending.count - stack[top].start) % 2 == 1 else {
            pending.append(id)
            return
        }
        let key = pending[pending.count - 1]
        guard let text = text(of: key) else {
            pending.append(id)
            return
        }
        let keyMark = records[Int(key)].mark
        if let first = firstMark(of: text, in: top) {
            pending.removeLast()
            problems.append(
                YAMLError(
                    code: .duplicateKey, message: Message("duplicate key '\(text)'"), mark: keyMark,
                    context: .init(message: Message("first defined here"), mark: first)))
        } else {
            pending.append(id)
            stack[top].keyIndex?[text] = keyMark
        }
    }

    private func text(of id: Int32) -> String? {
        let record = records[Int(id)]
        return record.kind == .scalar ? texts[Int(record.first)] : nil
    }

    /// Where a key was first written in the mapping `stack[top]`, or nil when it is new. Small
    /// mappings are scanned; larger ones build an index once and keep it.
    private mutating func firstMark(of key: String, in top: Int) -> Mark? {
        if let index = stack[top].keyIndex { return index[key] }
        // The keys gathered so far: every other id from the frame's start, the new key (last in
        // `pending`) left out.
        let keys = stride(from: stack[top].start, to: pending.count - 1, by: 2)
        if (pending.count - 1 - stack[top].start) / 2 < Self.linearKeyScanLimit {
            for position in keys where text(of: pending[position]) == key {
                return records[Int(pending[position])].mark
            }
            return nil
        }
        var index: [String: Mark] = [:]
        for position in keys {
            let id = pending[position]
            if let text = text(of: id), index[text] == nil { index[text] = records[Int(id)].mark }
        }
        stack[top].keyIndex = index
        return index[key]
    }
}

extension Int {
    /// Adds without overflowing: sums past `Int.max` stay there.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
