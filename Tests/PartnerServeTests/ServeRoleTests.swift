import Foundation
import PartnerModel
import PartnerServe
import PartnerWire
import Testing

@Suite struct ServeRoleTests {
    static func state(_ account: AccountIdentity) -> AccountState {
        let admin = UserState(userPrincipalName: "admin@\(account.domain)", displayName: "Admin", roles: [.globalAdmin])
        return AccountState(account: account, users: [admin.key: admin])
    }

    @Test func roleListsFollowTheCloud() async throws {
        let server = try await ServeHarness(accounts: [Self.state(ServeHarness.global), Self.state(ServeHarness.china)])
        let global = try await server.send(.GET, "/v1/roles", token: try await server.appToken(.partnerCenter))
            .decode(ResourceCollection<PartnerRole>.self)
        #expect(global.totalCount == Role.allCases.count)
        let china = try await server.send(
            .GET, "/v1/roles", token: try await server.appToken(.partnerCenter, tenant: ServeHarness.china)
        ).decode(ResourceCollection<PartnerRole>.self)
        #expect(
            china.items.map(\.name) == [
                "Global admin", "User management admin", "Billing admin", "Admin agent", "Sales agent",
                "Helpdesk agent",
            ])
        #expect(china.attributes.objectType == "Collection" && china.links.`self`?.uri == "/roles")
        await server.stop()
    }

    @Test func aChinaAccountRefusesAGlobalOnlyRoleAndGrantsItsOwn() async throws {
        let server = try await ServeHarness(accounts: [Self.state(ServeHarness.china)])
        let token = try await server.userToken(.partnerCenter, tenant: ServeHarness.china)
        let adminId = WireObjectId.user(
            tenantId: ServeHarness.china.tenantId, userPrincipalName: "admin@contoso.partner.onmschina.cn")
        let refused = try await server.send(
            .POST, "/v1/roles/\(WireObjectId.partnerRole(.incentiveAdmin))/usermembers", token: token,
            json: UserMember(id: adminId))
        #expect(refused.status == 404)
        #expect(value(refused.json, "code") as? String == "1000")
        #expect(
            value(refused.json, "description") as? String
                == "Not found: the role 'Incentive admin' is not available in Partner Center operated by 21Vianet")
        let granted = try await server.send(
            .POST, "/v1/roles/\(WireObjectId.partnerRole(.adminAgent))/usermembers", token: token,
            json: UserMember(id: adminId))
        #expect(granted.status == 201)
        #expect(
            matches(
                granted.json,
                """
                {"id": "\(adminId)", "displayName": "Admin", "userPrincipalName": "admin@contoso.partner.onmschina.cn",
                 "roleId": "\(WireObjectId.partnerRole(.adminAgent))", "accountId": "\(ServeHarness.china.tenantId)",
                 "attributes": {"objectType": "UserMember"}}
                """))
        let members = try await server.send(
            .GET, "/v1/roles/\(WireObjectId.partnerRole(.adminAgent))/usermembers", token: token
        ).decode(ResourceCollection<UserMember>.self)
        #expect(members.items.map(\.id) == [adminId])
        let removed = try await server.send(
            .DELETE, "/v1/roles/\(WireObjectId.partnerRole(.adminAgent))/usermembers/\(adminId)", token: token)
        #expect(removed.status == 204)
        await server.stop()
    }

    @Test func directoryRolesAndAgentGroupsTakeMembersByReference() async throws {
        let server = try await ServeHarness(accounts: [Self.state(ServeHarness.global)])
        let token = try await server.appToken(.graph)
        let roles = try await server.send(.GET, "/v1.0/directoryRoles", token: token).decode(
            GraphCollection<GraphDirectoryRole>.self)
        #expect(
            Set(roles.value.map(\.roleTemplateId)) == [
                "62e90394-69f5-4237-9190-012177145e10", "fe930be7-5e62-47db-91af-98c3a49a38b1",
                "b0f54661-2d74-4c50-afa3-1ec803f12efe",
            ])
        let groups = try await server.send(.GET, "/v1.0/groups?$filter=displayName%20eq%20'SalesAgents'", token: token)
            .decode(GraphCollection<GraphGroup>.self)
        let sales = try #require(groups.value.first)
        #expect(groups.value.count == 1 && sales.displayName == "SalesAgents")
        let user = try await server.send(.GET, "/v1.0/users/admin@fabrikam.onmicrosoft.com", token: token).decode(
            GraphUser.self)
        let reference = GraphReference(graphRoot: "https://graph.microsoft.com", objectId: user.id)
        #expect(
            try await server.send(.POST, "/v1.0/groups/\(sales.id)/members/$ref", token: token, json: reference).status
                == 204)
        let again = try await server.send(.POST, "/v1.0/groups/\(sales.id)/members/$ref", token: token, json: reference)
        #expect(again.status == 400 && value(again.json, "error.code") as? String == "Request_BadRequest")
        let members = try await server.send(.GET, "/v1.0/groups/\(sales.id)/members", token: token).decode(
            GraphCollection<GraphUser>.self)
        #expect(members.value.map(\.id) == [user.id])
        let byTemplate = "/v1.0/directoryRoles/roleTemplateId=b0f54661-2d74-4c50-afa3-1ec803f12efe/members"
        #expect(try await server.send(.POST, byTemplate + "/$ref", token: token, json: reference).status == 204)
        #expect(try await server.send(.DELETE, byTemplate + "/\(user.id)/$ref", token: token).status == 204)
        let state = try await server.store.snapshot(tenantId: ServeHarness.global.tenantId)?.state
        #expect(state?.users["admin@fabrikam.onmicrosoft.com"]?.roles == [.globalAdmin, .salesAgent])
        await server.stop()
    }
}
