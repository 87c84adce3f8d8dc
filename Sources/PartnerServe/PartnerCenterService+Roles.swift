import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `GET /v1/roles`: the roles the account's cloud offers (six in 21Vianet).
    public func roles(caller: Caller) async throws -> ResourceCollection<PartnerRole> {
        let cloud = try await state(caller).account.cloud
        let roles = Role.available(in: cloud).map {
            PartnerRole(id: WireObjectId.partnerRole($0), name: $0.portalName, category: RoleBacking.of($0).category)
        }
        return ResourceCollection(
            totalCount: roles.count, items: roles, links: ResourceLinks(self: WireLink(uri: "/roles")))
    }

    /// `GET /v1/roles/{id}/usermembers`: App+User only, sorted by principal name, `size` 1…500.
    public func roleMembers(
        roleId: String, size: Int?, continuationToken: String?, caller: Caller
    ) async throws -> ResourceCollection<UserMember> {
        try requireUser(caller, "reading role members")
        let state = try await state(caller)
        let role = try Self.role(roleId, in: state.account.cloud)
        let size = size ?? 500
        guard (1...500).contains(size) else { throw ServeError.invalid("Invalid property: size must be from 1 to 500") }
        let members = state.users.values.filter { $0.roles.contains(role) && !isReplicating($0, caller) }
            .sorted { $0.key < $1.key }.map { member($0, role: role, state: state) }
        return PageCursor.page(
            members, size: size, from: try continuationToken.map(PageCursor.init(token:)) ?? PageCursor(offset: 0),
            selfURI: "/roles/\(roleId)/usermembers")
    }

    /// `POST /v1/roles/{id}/usermembers`: grants the role to the user the body's `id` names.
    ///
    /// - Throws: ``ServeError`` 404 for a role the cloud does not offer or a user that does not
    ///   exist (or has not replicated yet).
    public func addRoleMember(roleId: String, _ body: UserMember, caller: Caller) async throws -> UserMember {
        try requireUser(caller, "changing role members")
        let state = try await state(caller)
        let role = try Self.role(roleId, in: state.account.cloud)
        let user = try findUser(body.id, in: state, caller: caller)
        if !user.roles.contains(role) {
            try await change(
                PlanStep(
                    kind: .roleGrant, target: user.userPrincipalName, role: role,
                    reason: "granted through partnerctl serve"), caller)
        }
        return member(user, role: role, state: state)
    }

    /// `DELETE /v1/roles/{id}/usermembers/{memberId}`.
    public func removeRoleMember(roleId: String, memberId: String, caller: Caller) async throws {
        try requireUser(caller, "changing role members")
        let state = try await state(caller)
        let role = try Self.role(roleId, in: state.account.cloud)
        let user = try findUser(memberId, in: state, caller: caller)
        guard user.roles.contains(role) else {
            throw ServeError.notFound("The user '\(memberId)' is not a member of the role '\(roleId)'")
        }
        try await change(
            PlanStep(
                kind: .roleRevoke, target: user.userPrincipalName, role: role,
                reason: "revoked through partnerctl serve"), caller)
    }

    /// The role an id names, if the cloud offers it. A role of the global cloud named in a
    /// 21Vianet account is refused as not found there.
    static func role(_ id: String, in cloud: Cloud) throws -> Role {
        guard let role = Role.allCases.first(where: { WireObjectId.partnerRole($0) == id.lowercased() }) else {
            throw ServeError.notFound("Not found: the role '\(id)' does not exist")
        }
        guard role.isAvailable(in: cloud) else {
            throw ServeError.notFound(
                "Not found: the role '\(role.portalName)' is not available in \(cloud.displayName)")
        }
        return role
    }

    /// The user an object id or principal name names, unless it is still replicating.
    func findUser(_ idOrName: String, in state: AccountState, caller: Caller) throws -> UserState {
        let wanted = idOrName.lowercased()
        let user =
            state.users[wanted]
            ?? state.users.values.first {
                WireObjectId.user(tenantId: state.account.tenantId, userPrincipalName: $0.userPrincipalName) == wanted
            }
        guard let user, !isReplicating(user, caller) else { throw ServeError.objectNotFound(idOrName) }
        return user
    }

    func member(_ user: UserState, role: Role, state: AccountState) -> UserMember {
        UserMember(
            id: WireObjectId.user(tenantId: state.account.tenantId, userPrincipalName: user.userPrincipalName),
            displayName: user.displayName, userPrincipalName: user.userPrincipalName,
            roleId: WireObjectId.partnerRole(role), accountId: state.account.tenantId)
    }
}
