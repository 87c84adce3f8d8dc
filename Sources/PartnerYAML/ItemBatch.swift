/// Finished items of a streamed sequence and the storage they were built in, handed whole to
/// another thread to decode while parsing goes on: the builder starts new storage rather than
/// copying the items out.
struct ItemBatch: Sendable {
    /// The storage the items were built in; it also holds the nodes written before the sequence.
    let tree: YAMLTree
    /// Each item's node, in order.
    let roots: [Int32]
    /// The first item's index in the sequence.
    let firstIndex: Int

    /// Gives each item to `sink`, in order.
    func deliver(to sink: any YAMLItemSink) {
        for (offset, root) in roots.enumerated() {
            sink.receive(YAMLNode(tree: tree, id: root), index: firstIndex + offset)
        }
    }
}
