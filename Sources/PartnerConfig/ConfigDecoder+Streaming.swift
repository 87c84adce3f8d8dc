import PartnerModel
import PartnerYAML

extension ConfigDecoder {
    /// Takes the `users` list from the parser item by item (see ``YAMLItemSink``): a file of
    /// 100,000 users never becomes a tree of a million nodes.
    final class UserStream: YAMLItemSink {
        /// The decoder the users go through; it keeps them in ``ConfigDecoder/streamedUsers``.
        var decoder: ConfigDecoder
        /// Told the account the file declares when it comes before the users.
        private(set) var accountFound: ((AccountIdentity) -> Void)?

        init(_ decoder: ConfigDecoder, accountFound: ((AccountIdentity) -> Void)?) {
            self.decoder = decoder
            self.accountFound = accountFound
        }

        var key: String { "users" }

        func willReceiveItems(after entries: YAMLMapping) {
            guard let section = ConfigDecoder.accountSection(among: entries) else { return }
            // The account is known: each user is admitted as it comes.
            decoder.streamedUsers.admission = UserAdmission(
                file: decoder.file, domain: section.domain, cloud: section.cloud)
            guard let accountFound, let account = section.account else { return }
            self.accountFound = nil
            accountFound(account)
        }

        func receive(_ item: YAMLNode, index: Int) {
            if let user = decoder.decodeUser(item, index: index) {
                decoder.streamedUsers.append(user.spec, user.origin)
                decoder.streamedUsers.admitNew()
            }
        }
    }
}
