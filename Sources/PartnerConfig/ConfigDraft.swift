import PartnerModel
import PartnerYAML

/// What the decoder read from the file: model values, plus the marks that validation needs to
/// point at cross-reference problems. Parts that could not be decoded are left out.
struct ConfigDraft {
    /// A user as written, before its role names are resolved.
    struct User: Sendable {
        /// Its position in `users`, for messages.
        var index: Int
        var spec: UserSpec
        var upn: Located<String>
        var roles: [Located<String>]?
        var enabled: Located<Bool>?
        var usageLocation: Located<String>?
    }

    /// A role bundle as written.
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
    var users: [User]?
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
