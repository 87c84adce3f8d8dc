import Dispatch

/// Gives batches of streamed items to a sink on a thread of its own, one batch at a time and
/// in order, while the parser goes on: decoding a large list then costs little more than
/// parsing it, on a machine with a second core.
///
/// The sink is called from that thread alone, never at the same time as from the parser's, which
/// waits (``drain()``) before it calls the sink itself again.
final class ItemHandoff: @unchecked Sendable {
    private let sink: any YAMLItemSink
    private let queue = DispatchQueue(label: "partnerctl.yaml.items")
    /// Bounds the batches waiting, and so the memory they hold.
    private let slots = DispatchSemaphore(value: 8)

    init(sink: any YAMLItemSink) {
        self.sink = sink
    }

    /// Queues a batch, waiting first while too many are queued.
    func send(_ batch: ItemBatch) {
        slots.wait()
        queue.async {
            batch.deliver(to: self.sink)
            self.slots.signal()
        }
    }

    /// Waits until every batch sent has been delivered.
    func drain() {
        queue.sync {}
    }
}
