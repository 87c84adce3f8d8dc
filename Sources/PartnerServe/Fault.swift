/// What the fault injector decided for one request.
struct Fault: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable {
        case none, throttle, unavailable, reset
        /// The request acts, then its answer is lost: the connection is reset instead.
        case lost
    }

    var kind: Kind
    /// Delay before answering, in milliseconds.
    var latencyMilliseconds: Int
}
