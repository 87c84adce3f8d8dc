/// The first answer to each write, by `MS-RequestId`: a retry of the same request (same method,
/// path, body and caller) gets that answer again instead of acting twice.
///
/// The real window is undocumented (reference §3); this one keeps the newest ``capacity``
/// answers for ``lifetime`` seconds.
struct IdempotencyCache: Sendable {
    struct Entry: Sendable {
        var fingerprint: String
        var response: RecordedResponse
        var recordedAt: ContinuousClock.Instant
    }

    let capacity: Int
    let lifetime: Duration
    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    init(capacity: Int = 10_000, lifetime: Duration = .seconds(24 * 3600)) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// The recorded answer for a request id, when the request is the same one.
    func replay(requestId: String, fingerprint: String, now: ContinuousClock.Instant) -> RecordedResponse? {
        guard let entry = entries[requestId], entry.fingerprint == fingerprint,
            now - entry.recordedAt < lifetime
        else { return nil }
        return entry.response
    }

    /// Records the answer to a request.
    mutating func record(
        requestId: String, fingerprint: String, response: RecordedResponse, now: ContinuousClock.Instant
    ) {
        if entries.updateValue(Entry(fingerprint: fingerprint, response: response, recordedAt: now), forKey: requestId)
            == nil
        {
            order.append(requestId)
        }
        if order.count > capacity {
            let evicted = order.prefix(order.count - capacity)
            for id in evicted { entries[id] = nil }
            order.removeFirst(evicted.count)
        }
    }
}
