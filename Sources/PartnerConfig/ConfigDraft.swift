import PartnerModel
import PartnerYAML

/// What the decoder read from the file: model values, plus the marks that validation needs to
/// point at cross-reference problems. Parts that could not be decoded are left out.
struct ConfigDraft {
    /// The declared users as decoded, before they are checked against each other and the rest
    /// of the file: two arrays in step, so that the validator can hand the specs on as they are.
    struct Users: Sendable {
        /// Each user as written. `roles` holds the user's roles already when every name is a
        /// built-in role offered in every cloud, listed once; otherwise the origin keeps the names.
        var specs: [UserSpec] = []
        /// Where each user was written.
        var origins: [UserOrigin] = []
        /// The checks made on the users while they were decoded, when the account came first.
        var admission: UserAdmission?

        mutating func append(_ spec: UserSpec, _ origin: UserOrigin) {
            specs.append(spec)
            origins.append(origin)
        }

        /// Admits the users added since the last call, when the account was known before them.
        mutating func admitNew() {
            guard var checks = admission.take() else { return }
            checks.admit(&self)
            admission = checks
        }

        mutating func reserveCapacity(_ count: Int) {
            specs.reserveCapacity(count)
            origins.reserveCapacity(count)
        }
    }

    /// Where one user's fields were written: what the validator needs besides the spec, kept
    /// small because a file may declare 100,000 users.
    struct UserOrigin: Sendable {
        /// Its position in `users`, for messages.
        var index: Int32
        var upn: Place
        var enabled: Place?
        var usageLocation: Place?
        /// The role names as written, kept only when they need the validator: a name that is
        /// not a built-in role (a bundle, or unknown), a role listed twice, or a role some
        /// cloud does not offer.
        var roles: [Located<String>]?
    }

    /// Where a value was written, without the value.
    struct Place: Sendable {
        var mark: Mark
        var endMark: Mark?

        init<Value: Sendable>(_ located: Located<Value>) {
            mark = located.mark
            endMark = located.endMark
        }

        /// `value` at this place.
        func locating<Value: Sendable>(_ value: Value) -> Located<Value> {
            Located(value, mark: mark, endMark: endMark)
        }
    }

    struct Bundle {
        var name: Located<String>
        var roles: [Located<String>]
    }

    var account: AccountIdentity?
    /// The account's cloud when it is valid, even if the rest of `account` is not.
    var cloud: Cloud?
    /// The account's domain when it is valid, even if the rest of `account` is not.
    var domain: String?
    var profile = Profile()
    var users: Users?
    var usersMark: Mark?
    var bundles: [Bundle] = []
    var catalog: CatalogRules?
    var catalogEntries: (hide: [Located<String>], show: [Located<String>]) = ([], [])
    var pruneUsers: Located<Bool>?
    var protectedUsers: [Located<String>] = []
    var maxRemovalPercent: Int?
    var minGlobalAdmins: Int?
    var rootMark = Mark(line: 1, column: 1)
}
