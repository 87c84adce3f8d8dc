/// Finished items of a streamed sequence, moved out of the tree being built into storage of
/// their own, so that another thread can decode them while parsing goes on.
struct ItemBatch: Sendable {
    private(set) var records: [YAMLTree.Record] = []
    private(set) var texts: [String] = []
    private(set) var children: [Int32] = []
    /// Each item's node, in order.
    private(set) var roots: [Int32] = []
    /// The first item's index in the sequence.
    let firstIndex: Int

    init(firstIndex: Int) {
        self.firstIndex = firstIndex
    }

    var count: Int { roots.count }

    /// Adds an item whose nodes are the tail of a tree's storage from `start` on, with `root`
    /// its node. The item must name no node before `start` (no alias out of it).
    mutating func add(
        root: Int32, records: ArraySlice<YAMLTree.Record>, texts: ArraySlice<String>, children: ArraySlice<Int32>
    ) {
        let recordShift = Int32(self.records.count - records.startIndex)
        let textShift = Int32(self.texts.count - texts.startIndex)
        let childShift = Int32(self.children.count - children.startIndex)
        for var record in records {
            record.first += record.kind == .scalar ? textShift : childShift
            self.records.append(record)
        }
        self.texts.append(contentsOf: texts)
        for child in children { self.children.append(child + recordShift) }
        roots.append(root + recordShift)
    }

    /// Gives each item to `sink`, in order.
    func deliver(to sink: any YAMLItemSink, tags: [String]) {
        let tree = YAMLTree(records: records, texts: texts, children: children, tags: tags)
        for (offset, root) in roots.enumerated() {
            sink.receive(YAMLNode(tree: tree, id: root), index: firstIndex + offset)
        }
    }
}
