import Crypto

/// The fingerprint a saved plan is checked against: a SHA-256 of an account's whole state in a
/// canonical order, bound to the identity of the store holding it.
///
/// A hash rather than a version counter: a plan made in one checkout (its store a file at the
/// same relative path) must not apply to another checkout's store, and a change undone by hand
/// leaves a plan valid, since the plan's starting point holds again.
public enum StateFingerprint {
    /// `sha256:` and the hex digest of the store identity, the account and its state.
    ///
    /// Fields are written length-prefixed, so no value can imitate a field boundary.
    public static func of(_ state: AccountState, storeIdentity: String) -> String {
        var hasher = SHA256()
        func add(_ text: String?) {
            guard let text else { return add(tag: 0) }
            var bytes = Array(text.utf8)
            var length = UInt64(bytes.count).littleEndian
            add(tag: 1)
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        func add(tag: UInt8) { withUnsafeBytes(of: tag) { hasher.update(bufferPointer: $0) } }

        add("partnerctl-state-v1")
        add(storeIdentity)
        add(state.account.tenantId)
        add(state.account.cloud.rawValue)
        add(state.account.domain)
        for path in state.profile.values.keys.sorted() {
            add(path)
            add(state.profile.values[path])
        }
        add(tag: 2)
        for key in state.users.keys.sorted() {
            let user = state.users[key]!
            add(key)
            add(user.userPrincipalName)
            add(user.displayName)
            add(user.firstName)
            add(user.lastName)
            add(user.usageLocation)
            add(tag: user.enabled ? 1 : 0)
            for role in user.roles.map(\.rawValue).sorted() { add(role) }
            add(tag: 3)
        }
        add(tag: 2)
        for offer in state.offers.sorted(by: { $0.id < $1.id }) {
            add(offer.id)
            add(offer.name)
            add(offer.category)
            add(tag: state.hiddenOffers.contains(offer.id) ? 1 : 0)
        }
        return "sha256:" + hasher.finalize().map { hexDigits[Int($0 >> 4)] + hexDigits[Int($0 & 15)] }.joined()
    }

    private static let hexDigits = "0123456789abcdef".map(String.init)
}
