import PartnerText

/// Builds a document's tree from events, keeping anchors, checking keys, tags and budgets.
///
/// Children of the collections still open wait in one shared list, innermost last; a collection
/// that ends moves its children to the tree's list in one piece. The items of the sequence a
/// ``YAMLItemSink`` asks for go to the sink instead: in batches decoded on another thread
/// (``ItemHandoff``) while no item needs the rest of the tree, each batch taking the storage it
/// was built in (the builder goes on in new storage holding only the nodes before the
/// sequence); one by one on this thread from the first item that does (an anchor or an alias
/// in it) on, its storage reused.
struct TreeBuilder {
    /// A collection being built.
    private struct Frame {
        let id: Int32
        let anchor: String?
        /// Where its children start in `pending`.
        let start: Int
        var weight = 1
        var keyIndex: [[UInt8]: Mark]?
    }

    /// The sequence being streamed to the sink, while it is open.
    private struct Stream {
        /// Its frame's position in `stack`.
        let depth: Int
        /// The storage's sizes when the sequence started: the nodes before its items.
        let base: (records: Int, bytes: Int, children: Int)
        /// The next item's index.
        var index = 0
        /// The storage's sizes when the current item started: what to cut back to after it.
        var start: (records: Int, bytes: Int, children: Int)?
        /// Whether the current item defines an anchor, and so must stay in the tree.
        var keep = false
        /// Whether the current item names a node outside it, and so needs the tree.
        var aliased = false
    }

    /// Items per batch handed to the other thread.
    private static let batchSize = 256

    /// Past this many entries a mapping indexes its keys instead of scanning them.
    private static let linearKeyScanLimit = 12

    private let limits: YAMLLimits
    private var records: [YAMLTree.Record] = []
    private var bytes: [UInt8] = []
    private var children: [Int32] = []
    private var tags: [String] = []
    private var pending: [Int32] = []
    private var stack: [Frame] = []
    private var anchors: [String: Int32] = [:]
    private var aliasExpansion = 0
    private var root: Int32?
    private var documentCount = 0
    private var problems: [YAMLError] = []
    /// Receives the streamed sequence's items.
    private let sink: (any YAMLItemSink)?
    private var stream: Stream?
    /// Whether the sink's sequence has been met (only its first occurrence is streamed).
    private var streamStarted = false
    /// The nodes of the items finished and not yet handed over, which are in the storage.
    private var batchRoots: [Int32] = []
    /// The index of the first of them.
    private var batchFirstIndex = 0
    /// The thread decoding batches, once a batch has filled.
    private var handoff: ItemHandoff?
    /// Whether items now go to the sink one by one on this thread.
    private var inline = false

    /// - Parameters:
    ///   - expectedSize: The source's length in bytes, to size the storage up front (a
    ///     configuration file has a node for every 10 to 20 bytes), unless a sink takes the
    ///     bulk of it.
    ///   - sink: Where the items of the sink's sequence go; nil keeps every node in the tree.
    init(limits: YAMLLimits, expectedSize: Int = 0, sink: (any YAMLItemSink)?) {
        self.limits = limits
        self.sink = sink
        let nodes = sink == nil ? expectedSize / 12 : min(expectedSize / 12, 4096)
        records.reserveCapacity(nodes)
        bytes.reserveCapacity(sink == nil ? expectedSize : min(expectedSize, 1 << 16))
        children.reserveCapacity(nodes)
    }

    /// Adds an event's node to the tree.
    mutating func consume(_ event: Event) throws(YAMLError) {
        if let depth = stream?.depth, stack.count == depth + 1, stream?.start == nil, event.kind != .documentStart,
            event.kind != .collectionEnd
        {
            stream?.start = (records.count, bytes.count, children.count)
        }
        switch event.kind {
        case .documentStart:
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    code: .multipleDocuments,
                    message: Message("the file has more than one YAML document; partnerctl reads one"),
                    mark: event.mark)
            }
        case .scalar:
            let id = newRecord(
                .scalar, mark: event.mark, endMark: event.endMark, first: Int32(bytes.count),
                count: Int32(event.text.count), style: event.style, tag: event.tag)
            bytes.append(contentsOf: event.text)
            add(id, anchor: event.anchor)
        case .alias:
            // libyaml always names the anchor of an alias.
            let name = event.anchor ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(
                    code: .unknownAnchor, message: Message("alias '*\(name)' names no anchor"), mark: event.mark)
            }
            if let start = stream?.start, target < start.records { stream?.aliased = true }
            aliasExpansion = aliasExpansion.addingClamped(records[Int(target)].weight)
            if aliasExpansion > limits.aliasExpansionBudget {
                throw YAMLError(
                    code: .aliasBudget,
                    message: Message("aliases expand to more than \(limits.aliasExpansionBudget) nodes"),
                    mark: event.mark)
            }
            add(target, anchor: nil)
        case .sequenceStart:
            try open(.sequence, mark: event.mark, anchor: event.anchor, tag: event.tag)
        case .mappingStart:
            try open(.mapping, mark: event.mark, anchor: event.anchor, tag: event.tag)
        case .collectionEnd:
            if let current = stream, current.depth == stack.count - 1 {
                finishItems()
                if !inline { cutBack(to: current.base) }
                stream = nil
            }
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
        let tree = YAMLTree(records: records, bytes: bytes, children: children, tags: tags)
        return YAMLDocument(root: root.map { YAMLNode(tree: tree, id: $0) }, problems: problems)
    }

    private mutating func open(_ kind: YAMLTree.Kind, mark: Mark, anchor: String?, tag: String?) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(
                code: .nestingDepth, message: Message("collections are nested deeper than \(limits.maxDepth) levels"),
                mark: mark)
        }
        let streams = kind == .sequence && startsStream()
        let id = newRecord(streams ? .streamedSequence : kind, mark: mark, tag: tag)
        if streams {
            stream = Stream(depth: stack.count, base: (records.count, bytes.count, children.count))
            sink?.willReceiveItems(after: rootEntriesSoFar())
        }
        stack.append(Frame(id: id, anchor: anchor, start: pending.count))
    }

    /// The root mapping's entries finished so far, the key just written left out.
    private func rootEntriesSoFar() -> YAMLMapping {
        let written = pending[stack[0].start..<(pending.count - 1)]
        let tree = YAMLTree(records: records, bytes: bytes, children: children + written, tags: tags)
        return YAMLMapping(nodes: YAMLSequence(tree: tree, first: children.count, count: written.count))
    }

    /// Whether a sequence starting now is the sink's: the value of its key in the root mapping,
    /// the first time that key is written.
    private mutating func startsStream() -> Bool {
        guard !streamStarted, let key = sink?.key, stack.count == 1, records[Int(stack[0].id)].kind == .mapping,
            (pending.count - stack[0].start) % 2 == 1, let written = text(of: pending[pending.count - 1]),
            key.utf8.elementsEqual(bytes[written]), firstMark(of: written, in: 0) == nil
        else { return false }
        streamStarted = true
        return true
    }

    /// Gives a finished item of the streamed sequence to the sink: in a batch, or on this thread
    /// (its storage then dropped unless it defines an anchor).
    private mutating func deliver(_ id: Int32) {
        guard var current = stream else { return }
        if !inline, current.keep || current.aliased {
            // From here on the sink sees the tree itself, on this thread: once the other thread
            // is done. The items batched so far stay in the storage, below this one.
            finishItems()
            inline = true
        }
        if inline {
            deliverToSink(id, index: current.index)
            if !current.keep, let start = current.start { cutBack(to: start) }
        } else {
            batchRoots.append(id)
            if batchRoots.count == Self.batchSize { sendBatch(base: current.base) }
        }
        current.index += 1
        current.start = nil
        current.keep = false
        current.aliased = false
        stream = current
    }

    /// Hands the full batch with the storage to the other thread, starting it the first time,
    /// and goes on in new storage holding the nodes before the sequence (`base`).
    private mutating func sendBatch(base: (records: Int, bytes: Int, children: Int)) {
        guard let sink else { return }
        let handoff = self.handoff ?? ItemHandoff(sink: sink)
        self.handoff = handoff
        handoff.send(takeBatch())
        records = Self.fresh(records, keeping: base.records)
        bytes = Self.fresh(bytes, keeping: base.bytes)
        children = Self.fresh(children, keeping: base.children)
    }

    /// The items batched so far over the storage as it is, the batch emptied.
    private mutating func takeBatch() -> ItemBatch {
        let batch = ItemBatch(
            tree: YAMLTree(records: records, bytes: bytes, children: children, tags: tags), roots: batchRoots,
            firstIndex: batchFirstIndex)
        batchFirstIndex += batchRoots.count
        batchRoots.removeAll(keepingCapacity: true)
        return batch
    }

    /// New storage with the first `count` elements of `old`, room for as many as `old` holds.
    private static func fresh<Element>(_ old: [Element], keeping count: Int) -> [Element] {
        var new: [Element] = []
        new.reserveCapacity(old.count)
        new.append(contentsOf: old[..<count])
        return new
    }

    /// Drops the nodes from `start` on.
    private mutating func cutBack(to start: (records: Int, bytes: Int, children: Int)) {
        records.removeLast(records.count - start.records)
        bytes.removeLast(bytes.count - start.bytes)
        children.removeLast(children.count - start.children)
    }

    /// Gives the sink every item not given yet, and waits until it has them all: at the end of
    /// the streamed sequence, before the sink is called on this thread, and when parsing stops.
    /// A batch that never filled is given on this thread.
    mutating func finishItems() {
        if !batchRoots.isEmpty, let sink {
            let batch = takeBatch()
            if let handoff {
                handoff.send(batch)
            } else {
                batch.deliver(to: sink)
            }
        }
        handoff?.drain()
    }

    /// Hands the sink a node over the storage as it is; the tree made for it is released on
    /// return, so the storage is uniquely owned again when it is cut back.
    private mutating func deliverToSink(_ id: Int32, index: Int) {
        let tree = YAMLTree(records: records, bytes: bytes, children: children, tags: tags)
        sink?.receive(YAMLNode(tree: tree, id: id), index: index)
    }

    /// Adds a node's record, its tag checked and stored once per distinct tag. A collection's
    /// `first` and `count` are set when it ends.
    private mutating func newRecord(
        _ kind: YAMLTree.Kind, mark: Mark, endMark: Mark? = nil, first: Int32 = 0, count: Int32 = 0,
        style: YAMLScalar.Style = .plain, tag: String?
    ) -> Int32 {
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
            YAMLTree.Record(
                mark: mark, endMark: endMark ?? mark, first: first, count: count, tag: tagId, kind: kind, style: style,
                weight: 1))
        return Int32(records.count - 1)
    }

    private mutating func add(_ id: Int32, anchor: String?) {
        if let anchor {
            anchors[anchor] = id
            if stream?.start != nil { stream?.keep = true }
        }
        guard !stack.isEmpty else {
            root = id
            return
        }
        let top = stack.count - 1
        stack[top].weight = stack[top].weight.addingClamped(records[Int(id)].weight)
        if stream?.depth == top {
            deliver(id)
            return
        }
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
                    code: .duplicateKey,
                    message: Message("duplicate key '\(String(decoding: bytes[text], as: UTF8.self))'"), mark: keyMark,
                    context: .init(message: Message("first defined here"), mark: first)))
        } else {
            pending.append(id)
            stack[top].keyIndex?[Array(bytes[text])] = keyMark
        }
    }

    /// Where a scalar's text is in `bytes`; nil for a collection.
    private func text(of id: Int32) -> Range<Int>? {
        let record = records[Int(id)]
        return record.kind == .scalar ? Int(record.first)..<Int(record.first + record.count) : nil
    }

    /// Where a key (its text in `bytes`) was first written in the mapping `stack[top]`, or nil
    /// when it is new. Small mappings are scanned; larger ones build an index once and keep it.
    private mutating func firstMark(of key: Range<Int>, in top: Int) -> Mark? {
        if let index = stack[top].keyIndex { return index[Array(bytes[key])] }
        let start = stack[top].start
        if (pending.count - 1 - start) / 2 < Self.linearKeyScanLimit { return scanKeys(for: key, from: start) }
        let index = keyIndex(from: start)
        stack[top].keyIndex = index
        return index[Array(bytes[key])]
    }

    /// The keys gathered so far from `pending[start...]`: every other id, the new key (last in
    /// `pending`) left out.
    private func keyPositions(from start: Int) -> StrideTo<Int> {
        stride(from: start, to: pending.count - 1, by: 2)
    }

    private func scanKeys(for key: Range<Int>, from start: Int) -> Mark? {
        bytes.withUnsafeBufferPointer { bytes in
            let wanted = UnsafeBufferPointer(rebasing: bytes[key])
            for position in keyPositions(from: start) {
                guard let text = text(of: pending[position]), text.count == key.count,
                    UnsafeBufferPointer(rebasing: bytes[text]).hasSameBytes(as: wanted)
                else { continue }
                return records[Int(pending[position])].mark
            }
            return nil
        }
    }

    private func keyIndex(from start: Int) -> [[UInt8]: Mark] {
        var index: [[UInt8]: Mark] = [:]
        for position in keyPositions(from: start) {
            let id = pending[position]
            if let text = text(of: id), index[Array(bytes[text])] == nil {
                index[Array(bytes[text])] = records[Int(id)].mark
            }
        }
        return index
    }
}

extension Int {
    /// Adds without overflowing: sums past `Int.max` stay there.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
