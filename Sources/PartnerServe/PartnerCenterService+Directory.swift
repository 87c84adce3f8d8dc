import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `GET /v1.0/directoryRoles`: Global admin, User management admin (User Administrator) and
    /// Billing admin, activated in every tenant, with their documented template ids.
    public func directoryRoles(caller: Caller) async throws -> GraphCollection<GraphDirectoryRole> {
        let tenantId = try await state(caller).account.tenantId
        let roles = Role.allCases.compactMap { role -> GraphDirectoryRole? in
            guard case .directoryRole(let templateId) = RoleBacking.of(role) else { return nil }
            return GraphDirectoryRole(
                id: WireObjectId.directoryRole(tenantId: tenantId, templateId: templateId),
                displayName: Self.entraName(role), roleTemplateId: templateId)
        }
        return GraphCollection(value: roles)
    }

    /// `GET /v1.0/groups[?$filter=displayName eq 'AdminAgents']`: the agent groups.
    public func groups(filter: String?, caller: Caller) async throws -> GraphCollection<GraphGroup> {
        let tenantId = try await state(caller).account.tenantId
        var groups = Role.allCases.compactMap { role -> GraphGroup? in
            guard case .agentGroup(let name) = RoleBacking.of(role) else { return nil }
            return GraphGroup(id: WireObjectId.group(tenantId: tenantId, name: name), displayName: name)
        }
        if let filter {
            let prefix = "displayName eq '"
            guard filter.hasPrefix(prefix), filter.hasSuffix("'"), filter.count > prefix.count else {
                throw ServeError.invalid("Unsupported $filter: partnerctl serve takes displayName eq '…' only.")
            }
            let name = String(filter.dropFirst(prefix.count).dropLast())
            groups = groups.filter { $0.displayName == name }
        }
        return GraphCollection(value: groups)
    }

    /// `GET /v1.0/{directoryRoles|groups}/{id}/members`: the users holding the role behind the
    /// directory role or group. A directory role may also be named `roleTemplateId=…`.
    public func entraMembers(of objectId: String, caller: Caller) async throws -> GraphCollection<GraphUser> {
        let state = try await state(caller)
        let role = try Self.entraRole(objectId, state)
        let users = state.users.values.filter { $0.roles.contains(role) && !isReplicating($0, caller) }
            .sorted { $0.key < $1.key }.map { graphUser($0, state) }
        return GraphCollection(value: users)
    }

    /// `POST /v1.0/{directoryRoles|groups}/{id}/members/$ref`: grants the role.
    ///
    /// - Throws: ``ServeError`` 404 for an unknown role or group or a user not (yet) there; 400
    ///   when the user is already a member, as Graph answers.
    public func addEntraMember(to objectId: String, _ reference: GraphReference, caller: Caller) async throws {
        let state = try await state(caller)
        let role = try Self.entraRole(objectId, state)
        let user = try findUser(reference.objectId, in: state, caller: caller)
        guard !user.roles.contains(role) else {
            throw ServeError.invalid(
                "One or more added object references already exist for the following modified properties: 'members'.")
        }
        try await change(
            PlanStep(
                kind: .roleGrant, target: user.userPrincipalName, role: role, reason: "granted through partnerctl serve"
            ), caller)
    }

    /// `DELETE /v1.0/{directoryRoles|groups}/{id}/members/{userId}/$ref`: revokes the role.
    public func removeEntraMember(from objectId: String, userId: String, caller: Caller) async throws {
        let state = try await state(caller)
        let role = try Self.entraRole(objectId, state)
        let user = try findUser(userId, in: state, caller: caller)
        guard user.roles.contains(role) else { throw ServeError.objectNotFound(userId) }
        try await change(
            PlanStep(
                kind: .roleRevoke, target: user.userPrincipalName, role: role,
                reason: "revoked through partnerctl serve"), caller)
    }

    /// The role a directory role's or agent group's object id (or `roleTemplateId=…`) stands for.
    static func entraRole(_ objectId: String, _ state: AccountState) throws -> Role {
        let tenantId = state.account.tenantId
        let wanted = objectId.lowercased()
        for role in Role.allCases where role.isAvailable(in: state.account.cloud) {
            switch RoleBacking.of(role) {
            case .directoryRole(let templateId):
                if wanted == WireObjectId.directoryRole(tenantId: tenantId, templateId: templateId)
                    || wanted == "roletemplateid=\(templateId)"
                {
                    return role
                }
            case .agentGroup(let name):
                if wanted == WireObjectId.group(tenantId: tenantId, name: name) { return role }
            case .partnerCenter:
                continue
            }
        }
        throw ServeError.objectNotFound(objectId)
    }

    /// The directory role's name in Entra.
    static func entraName(_ role: Role) -> String {
        switch role {
        case .globalAdmin: return "Global Administrator"
        case .userManagementAdmin: return "User Administrator"
        case .billingAdmin: return "Billing Administrator"
        default: return role.portalName
        }
    }
}
