/// A response kept whole, to be sent again: what the idempotency cache holds.
struct RecordedResponse: Hashable, Sendable {
    var status: Int
    /// Headers besides the correlation and request ids, which each answer sets anew.
    var headers: [String: String]
    var body: [UInt8]
}
