import Foundation

/// How long to wait for a held lock, and how often to look again.
public struct LockPolicy: Sendable {
    /// How long to wait for the holder to finish before giving up.
    public var timeout: Duration
    /// How long to sleep between attempts.
    public var pollInterval: Duration

    /// Creates a policy.
    public init(timeout: Duration = .seconds(5), pollInterval: Duration = .milliseconds(200)) {
        self.timeout = timeout
        self.pollInterval = pollInterval
    }
}
