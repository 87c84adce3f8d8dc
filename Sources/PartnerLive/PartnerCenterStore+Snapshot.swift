import Foundation
public import PartnerModel
import PartnerWire

extension PartnerCenterStore {
    /// Reads the account: its four profiles, every user (following each `@odata.nextLink`),
    /// each available role's members where the role lives (directory role, agent group or
    /// Partner Center), and the offers (following `links.next`).
    ///
    /// - Returns: nil when the ledger has no such account (it was never enrolled).
    public func snapshot(tenantId: String) async throws -> AccountSnapshot? {
        guard let account = try await account(tenantId) else { return nil }
        return try await read(account)
    }

    /// Reads an account the ledger has no record of, by the identity the configuration gives:
    /// what `plan`, `drift` and `export` plan against before the first apply registers it. Writes
    /// nothing. The snapshot's store identity is empty while the ledger does not exist.
    public func snapshot(unenrolled account: AccountIdentity) async throws -> AccountSnapshot? {
        var snapshot = try await read(account)
        if ledger is AbsentLedger { snapshot.storeIdentity = "" }
        return snapshot
    }

    private func read(_ account: AccountIdentity) async throws -> AccountSnapshot {
        var directory = try await Directory.read(self, account)
        var state = AccountState(account: account)
        let (profile, country) = try await readProfile(account)
        state.profile = profile
        var users: [String: UserState] = [:]
        for user in directory.users.values {
            users[user.key] = user
        }
        for role in Role.available(in: account.cloud) {
            for id in try await directory.members(of: role, self, account) {
                guard let user = directory.users[id] else { continue }
                users[user.key]?.roles.insert(role)
            }
        }
        state.users = users
        state.offers = try await readOffers(account, country: country)
        return AccountSnapshot(state: state, storeIdentity: identity)
    }

    // MARK: - Profiles

    private func readProfile(_ account: AccountIdentity) async throws -> (Profile, String) {
        var values: [String: String] = [:]
        let legal = try await fetch(
            LegalBusinessProfile.self, .partnerCenter, Self.profilePath(LegalBusinessProfile.self), account: account)
        let organization = try await fetch(
            OrganizationProfile.self, .partnerCenter, Self.profilePath(OrganizationProfile.self), account: account)
        let billing = try await fetch(
            BillingProfile.self, .partnerCenter, Self.profilePath(BillingProfile.self), account: account)
        let support = try await fetch(
            SupportProfile.self, .partnerCenter, Self.profilePath(SupportProfile.self), account: account)
        for part in [legal.fieldValues, organization.fieldValues, billing.fieldValues, support.fieldValues] {
            values.merge(part) { first, _ in first }
        }
        let country =
            account.cloud.requiredCountry ?? organization.defaultAddress?.country.flatMap {
                $0.count == 2 && $0 != "CN" ? $0.uppercased() : nil
            } ?? "US"
        return (Profile(values: values), country)
    }

    static func profilePath<Resource: ProfileResource>(_ type: Resource.Type) -> String {
        "/v1/profiles/\(Resource.pathComponent)"
    }

    // MARK: - Offers

    private func readOffers(_ account: AccountIdentity, country: String) async throws -> [Offer] {
        var offers: [Offer] = []
        var next: WireLink? = WireLink(uri: "/offers?country=\(country)&size=500")
        var pages = 0
        while let link = next {
            pages += 1
            guard pages <= 10_000 else {
                throw StoreError.backend(operation: "GET /v1/offers", message: "the pages never end")
            }
            let page = try await fetch(
                ResourceCollection<WireOffer>.self, .partnerCenter, link.requestPath, account: account,
                headers: link.headers.map { ($0.key, $0.value) })
            offers += page.items.map { Offer(id: $0.id, name: $0.name, category: $0.category.id) }
            next = page.links.next
        }
        return offers.sorted { $0.id < $1.id }
    }
}

/// The account's users and where each role's members are listed.
struct Directory: Sendable {
    /// The users by object id.
    var users: [String: UserState]
    /// Directory role object ids by template id.
    var directoryRoles: [String: String]
    /// Agent group object ids by name.
    var groups: [String: String]
    /// Partner Center role ids by name.
    var partnerRoles: [String: String]

    static func read(_ store: PartnerCenterStore, _ account: AccountIdentity) async throws -> Directory {
        var users: [String: UserState] = [:]
        for user in try await store.graphPages(GraphUser.self, "/v1.0/users?$top=999", account) {
            users[user.id.lowercased()] = UserState(
                userPrincipalName: user.userPrincipalName, displayName: user.displayName, firstName: user.givenName,
                lastName: user.surname, usageLocation: user.usageLocation, enabled: user.accountEnabled ?? true)
        }
        return Directory(users: users, directoryRoles: [:], groups: [:], partnerRoles: [:])
    }

    /// The object ids of the users holding `role`.
    mutating func members(of role: Role, _ store: PartnerCenterStore, _ account: AccountIdentity) async throws
        -> [String]
    {
        let path = try await membersPath(of: role, store, account)
        switch RoleBacking.of(role) {
        case .directoryRole, .agentGroup:
            return try await store.graphPages(GraphUser.self, path, account).map { $0.id.lowercased() }
        case .partnerCenter:
            var ids: [String] = []
            var next: WireLink? = WireLink(uri: String(path.dropFirst(3)) + "?size=500")
            while let link = next {
                let page = try await store.fetch(
                    ResourceCollection<UserMember>.self, .partnerCenter, link.requestPath, account: account,
                    headers: link.headers.map { ($0.key, $0.value) })
                ids += page.items.map { $0.id.lowercased() }
                next = page.links.next
            }
            return ids
        }
    }

    /// Where `role`'s members are: `/v1.0/directoryRoles/{id}/members`,
    /// `/v1.0/groups/{id}/members` or `/v1/roles/{id}/usermembers`.
    mutating func membersPath(of role: Role, _ store: PartnerCenterStore, _ account: AccountIdentity) async throws
        -> String
    {
        switch RoleBacking.of(role) {
        case .directoryRole(let templateId):
            if directoryRoles.isEmpty {
                for item in try await store.graphPages(GraphDirectoryRole.self, "/v1.0/directoryRoles", account) {
                    directoryRoles[item.roleTemplateId.lowercased()] = item.id
                }
            }
            guard let id = directoryRoles[templateId.lowercased()] else {
                throw StoreError.backend(
                    operation: "GET /v1.0/directoryRoles",
                    message:
                        "the directory role '\(role.portalName)' (template \(templateId)) is not activated in the tenant"
                )
            }
            return "/v1.0/directoryRoles/\(PartnerCenterStore.escaped(id))/members"
        case .agentGroup(let name):
            if groups[name] == nil {
                let filter =
                    "displayName eq '\(name)'".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                for item in try await store.graphPages(GraphGroup.self, "/v1.0/groups?$filter=\(filter)", account)
                where item.displayName == name {
                    groups[name] = item.id
                }
            }
            guard let id = groups[name] else {
                throw StoreError.backend(
                    operation: "GET /v1.0/groups", message: "the tenant has no agent group '\(name)'")
            }
            return "/v1.0/groups/\(PartnerCenterStore.escaped(id))/members"
        case .partnerCenter:
            if partnerRoles.isEmpty {
                let roles = try await store.fetch(
                    ResourceCollection<PartnerRole>.self, .partnerCenter, "/v1/roles", account: account)
                for item in roles.items { partnerRoles[item.name.lowercased()] = item.id }
            }
            guard let id = partnerRoles[role.portalName.lowercased()] else {
                throw StoreError.backend(
                    operation: "GET /v1/roles",
                    message: "Partner Center lists no role '\(role.portalName)' in \(account.cloud.displayName)")
            }
            return "/v1/roles/\(PartnerCenterStore.escaped(id))/usermembers"
        }
    }
}

extension PartnerCenterStore {
    /// Every item of a Graph collection, following `@odata.nextLink`.
    func graphPages<Item: Hashable & Sendable & Codable>(
        _ type: Item.Type, _ path: String, _ account: AccountIdentity
    ) async throws -> [Item] {
        var items: [Item] = []
        var next: String? = path
        var pages = 0
        while let link = next {
            pages += 1
            guard pages <= 100_000 else {
                throw StoreError.backend(operation: "GET \(path)", message: "the pages never end")
            }
            let page = try await fetch(GraphCollection<Item>.self, .graph, link, account: account)
            items += page.value
            next = page.nextLink
        }
        return items
    }
}
