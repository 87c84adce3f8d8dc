/// An account's state as read from a store, with the fingerprint that tells whether it is still
/// current.
public struct AccountSnapshot: Hashable, Sendable {
    /// The state.
    public var state: AccountState
    /// An opaque version of the state: it changes whenever the account changes.
    public var fingerprint: String

    /// Creates a snapshot.
    public init(state: AccountState, fingerprint: String) {
        self.state = state
        self.fingerprint = fingerprint
    }
}
