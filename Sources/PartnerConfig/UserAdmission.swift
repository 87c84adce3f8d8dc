import PartnerModel
import PartnerText

/// Admits declared users one after another: leaves out and reports a user declared twice, and
/// reports a user outside the account's domain or in a country its cloud does not allow.
///
/// These checks need only the `account` section, so a file whose account comes before its
/// users has them made while the users are decoded, on the decoding thread; otherwise the
/// validator makes them. Role names, which may name bundles defined anywhere in the file, are
/// the validator's.
struct UserAdmission: Sendable {
    private let file: String
    private let domainSuffix: String?
    private let cloud: Cloud?
    private var firsts = UserKeyTable()
    /// How many users at the start of the list are admitted.
    private var admitted = 0
    /// What the checks found.
    private(set) var diagnostics: [Diagnostic] = []

    /// - Parameters:
    ///   - domain: The account's domain, lower-case; nil when the file has none (or a bad one).
    ///   - cloud: The account's cloud; nil when the file has none (or a bad one).
    init(file: String, domain: String?, cloud: Cloud?) {
        self.file = file
        domainSuffix = domain.map { "@" + $0 }
        self.cloud = cloud
    }

    /// Checks the users not admitted yet, in order, where they lie: a user declared before is
    /// removed, the others move up behind the users admitted.
    mutating func admit(_ users: inout ConfigDraft.Users) {
        var kept = admitted
        for position in admitted..<users.specs.count {
            let origin = users.origins[position]
            let key = users.specs[position].key
            let upn = origin.upn.locating(users.specs[position].userPrincipalName)
            // The user is kept at `kept`, where the table finds it.
            if let first = firsts.earlier(key, at: kept, in: users.specs) {
                diagnostics.append(
                    Diagnostic(
                        .duplicateUser, Message("duplicate user '\(upn.value)'"), file: file, at: upn,
                        hint: Message("user principal names are compared ignoring case"),
                        notes: [.init(message: Message("first declared here"), mark: users.origins[first].upn.mark)]))
                continue
            }
            if let domainSuffix, !key.utf8.hasSuffix(domainSuffix.utf8) {
                diagnostics.append(
                    Diagnostic(
                        .upnOutsideDomain,
                        Message("user '\(upn.value)' is outside the account's domain '\(domainSuffix.dropFirst())'"),
                        file: file, at: upn, hint: Message("users of this account sign in as name\(domainSuffix)")))
            }
            if let place = origin.usageLocation, let country = users.specs[position].usageLocation,
                let problem = Diagnostic.wrongCountry(
                    place.locating(country), path: "users[\(origin.index)].usageLocation", cloud: cloud, file: file)
            {
                diagnostics.append(problem)
            }
            if kept != position {
                users.specs.swapAt(kept, position)
                users.origins.swapAt(kept, position)
            }
            kept += 1
        }
        users.specs.removeLast(users.specs.count - kept)
        users.origins.removeLast(users.origins.count - kept)
        admitted = kept
    }
}

extension String.UTF8View {
    /// Whether the bytes end with `suffix`'s: a comparison of bytes, not of characters, for
    /// strings that are both in the same normal form.
    fileprivate func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        let fast = withContiguousStorageIfAvailable { bytes in
            suffix.withContiguousStorageIfAvailable { ending in
                bytes.count >= ending.count
                    && UnsafeBufferPointer(rebasing: bytes.suffix(ending.count)).elementsEqual(ending)
            }
        }
        return (fast ?? nil)
            ?? (count >= suffix.count && self[index(endIndex, offsetBy: -suffix.count)...].elementsEqual(suffix))
    }
}
