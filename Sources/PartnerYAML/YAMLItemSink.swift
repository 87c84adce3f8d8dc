/// Receives the items of one top-level sequence while the file is parsed, so that a large list
/// (a configuration's `users`) is decoded item by item instead of being kept as a tree.
///
/// The sequence named by ``key`` — the value of that key in the root mapping, its first
/// occurrence only — reaches the document with no items (``YAMLNode/isStreamed``); each item is
/// given to ``receive(_:index:)`` as soon as it ends. An item holding an anchor stays in the
/// tree, so that later aliases still find it; other items are dropped after the call.
public protocol YAMLItemSink: AnyObject {
    /// The root mapping's key whose sequence is streamed.
    var key: String { get }

    /// Called once when the streamed sequence starts, with the root mapping's entries written
    /// before its key. The entries may only be used during the call.
    func willReceiveItems(after entries: YAMLMapping)

    /// Called with each item of the streamed sequence, in order. The node and everything
    /// reached from it may only be used during the call.
    func receive(_ item: YAMLNode, index: Int)
}

extension YAMLItemSink {
    /// Does nothing: a sink that does not need what came before its sequence.
    public func willReceiveItems(after entries: YAMLMapping) {}
}
