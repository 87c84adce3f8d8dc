internal import Crypto

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
        var writer = Writer()
        writer.add("partnerctl-state-v1")
        writer.add(storeIdentity)
        writer.add(state.account.tenantId)
        writer.add(state.account.cloud.rawValue)
        writer.add(state.account.domain)
        for path in state.profile.values.keys.sorted() {
            writer.add(path)
            writer.add(state.profile.values[path])
        }
        writer.add(tag: 2)
        for (key, user) in state.users.sorted(by: { $0.key < $1.key }) {
            writer.add(key)
            writer.add(user.userPrincipalName)
            writer.add(user.displayName)
            writer.add(user.firstName)
            writer.add(user.lastName)
            writer.add(user.usageLocation)
            writer.add(tag: user.enabled ? 1 : 0)
            if user.roles.count == 1 {
                writer.add(user.roles.first!.rawValue)
            } else {
                for role in user.roles.map(\.rawValue).sorted() { writer.add(role) }
            }
            writer.add(tag: 3)
        }
        writer.add(tag: 2)
        for offer in state.offers.sorted(by: { $0.id < $1.id }) {
            writer.add(offer.id)
            writer.add(offer.name)
            writer.add(offer.category)
            writer.add(tag: state.hiddenOffers.contains(offer.id) ? 1 : 0)
        }
        return "sha256:" + writer.finish().map { hexDigits[Int($0 >> 4)] + hexDigits[Int($0 & 15)] }.joined()
    }

    /// Writes length-prefixed fields into a buffer, hashed a block at a time: one hash update per
    /// 64 KiB, not one per field.
    private struct Writer {
        private var hasher = SHA256()
        private var buffer: [UInt8] = []

        init() {
            buffer.reserveCapacity(Self.blockSize + 1024)
        }

        private static let blockSize = 64 * 1024

        mutating func add(_ text: String?) {
            guard let text else { return add(tag: 0) }
            buffer.append(1)
            let count = UInt64(text.utf8.count)
            for shift in stride(from: 0, to: 64, by: 8) {
                buffer.append(UInt8(truncatingIfNeeded: count >> UInt64(shift)))
            }
            buffer.append(contentsOf: text.utf8)
            flushIfFull()
        }

        mutating func add(tag: UInt8) {
            buffer.append(tag)
            flushIfFull()
        }

        private mutating func flushIfFull() {
            guard buffer.count >= Self.blockSize else { return }
            hasher.update(data: buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        mutating func finish() -> SHA256.Digest {
            hasher.update(data: buffer)
            return hasher.finalize()
        }
    }

    private static let hexDigits = "0123456789abcdef".map(String.init)
}
