/// What the fault injector decided for one request.
struct Fault: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable {
        case none, throttle, unavailable, reset
    }

    var kind: Kind
    /// Delay before answering, in milliseconds.
    var latencyMilliseconds: Int
}
