/// An account's state as read from a store, with the fingerprint that tells whether it is still
/// current, and on which store.
public struct AccountSnapshot: Hashable, Sendable {
    /// The state.
    public var state: AccountState
    /// The identity of the store it was read from (``AccountStore/identity``).
    public var storeIdentity: String

    /// Creates a snapshot.
    public init(state: AccountState, storeIdentity: String) {
        self.state = state
        self.storeIdentity = storeIdentity
    }

    /// A hash of the state bound to the store's identity (``StateFingerprint``): equal exactly
    /// when the same store holds the same state. Computed on each use (it reads every user).
    public var fingerprint: String { StateFingerprint.of(state, storeIdentity: storeIdentity) }
}
