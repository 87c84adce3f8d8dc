import Foundation
import Hummingbird
import PartnerWire

/// The routes: each decodes its input, calls one ``PartnerCenterService`` method and encodes
/// the answer. Authentication, faults, idempotency and error bodies are ``ServeResponder``'s.
enum ServeRoutes {
    static func router(_ service: PartnerCenterService) -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        partnerCenter(router.group("v1"), service)
        graph(router.group("v1.0"), service)
        signIn(router, service)
        admin(router.group("partnerctl/admin"), service)
        return router
    }

    // MARK: - Partner Center REST

    private static func partnerCenter(_ v1: RouterGroup<ServeContext>, _ service: PartnerCenterService) {
        profile(LegalBusinessProfile.self, v1, service)
        profile(OrganizationProfile.self, v1, service)
        profile(BillingProfile.self, v1, service)
        profile(SupportProfile.self, v1, service)
        v1.get("roles") { _, context in
            try WireJSON.response(try await service.roles(caller: try context.authenticated))
        }
        v1.get("roles/:roleId/usermembers") { request, context in
            try WireJSON.response(
                try await service.roleMembers(
                    roleId: try context.parameters.require("roleId"), size: try size(request, "size"),
                    continuationToken: request.headers[ServeHeaders.continuationToken],
                    caller: try context.authenticated))
        }
        v1.post("roles/:roleId/usermembers") { request, context in
            let body = try await WireJSON.decode(UserMember.self, from: request, anyKeyCase: true)
            return try WireJSON.response(
                try await service.addRoleMember(
                    roleId: try context.parameters.require("roleId"), body, caller: try context.authenticated),
                status: .created)
        }
        v1.delete("roles/:roleId/usermembers/:memberId") { _, context in
            try await service.removeRoleMember(
                roleId: try context.parameters.require("roleId"), memberId: try context.parameters.require("memberId"),
                caller: try context.authenticated)
            return WireJSON.empty()
        }
        v1.get("offers") { request, context in
            try WireJSON.response(
                try await service.offers(
                    country: request.uri.queryParameters["country"].map(String.init), size: try size(request, "size"),
                    continuationToken: request.headers[ServeHeaders.continuationToken] ?? offsetToken(request),
                    caller: try context.authenticated))
        }
        v1.get("offercategories") { request, context in
            try WireJSON.response(
                try await service.offerCategories(
                    country: request.uri.queryParameters["country"].map(String.init), caller: try context.authenticated)
            )
        }
    }

    private static func profile<Resource: ProfileResource>(
        _ type: Resource.Type, _ v1: RouterGroup<ServeContext>, _ service: PartnerCenterService
    ) {
        let path = RouterPath("profiles/\(Resource.pathComponent)")
        v1.get(path) { _, context in
            try WireJSON.response(try await service.profile(Resource.self, caller: try context.authenticated))
        }
        v1.put(path) { request, context in
            let body = try await WireJSON.decode(Resource.self, from: request, anyKeyCase: true)
            return try WireJSON.response(try await service.updateProfile(body, caller: try context.authenticated))
        }
    }

    // MARK: - Microsoft Graph

    private static func graph(_ v1: RouterGroup<ServeContext>, _ service: PartnerCenterService) {
        v1.get("users") { request, context in
            try WireJSON.response(
                try await service.users(
                    top: try size(request, "$top"),
                    skipToken: request.uri.queryParameters["$skiptoken"].map(String.init),
                    root: context.root, caller: try context.authenticated))
        }
        v1.post("users") { request, context in
            let body = try await WireJSON.decode(GraphNewUser.self, from: request)
            return try WireJSON.response(
                try await service.createUser(body, caller: try context.authenticated), status: .created)
        }
        v1.get("users/:id") { _, context in
            try WireJSON.response(
                try await service.user(try context.parameters.require("id"), caller: try context.authenticated))
        }
        v1.patch("users/:id") { request, context in
            let body = try await WireJSON.decode(GraphUserUpdate.self, from: request)
            try await service.updateUser(try context.parameters.require("id"), body, caller: try context.authenticated)
            return WireJSON.empty()
        }
        v1.delete("users/:id") { _, context in
            try await service.deleteUser(try context.parameters.require("id"), caller: try context.authenticated)
            return WireJSON.empty()
        }
        v1.get("directoryRoles") { _, context in
            try WireJSON.response(try await service.directoryRoles(caller: try context.authenticated))
        }
        v1.get("groups") { request, context in
            try WireJSON.response(
                try await service.groups(
                    filter: request.uri.queryParameters["$filter"].map(String.init), caller: try context.authenticated))
        }
        for collection in ["directoryRoles", "groups"] {
            v1.get("\(collection)/:id/members") { _, context in
                try WireJSON.response(
                    try await service.entraMembers(
                        of: try context.parameters.require("id"), caller: try context.authenticated))
            }
            v1.post("\(collection)/:id/members/$ref") { request, context in
                let body = try await WireJSON.decode(GraphReference.self, from: request)
                try await service.addEntraMember(
                    to: try context.parameters.require("id"), body, caller: try context.authenticated)
                return WireJSON.empty()
            }
            v1.delete("\(collection)/:id/members/:userId/$ref") { _, context in
                try await service.removeEntraMember(
                    from: try context.parameters.require("id"), userId: try context.parameters.require("userId"),
                    caller: try context.authenticated)
                return WireJSON.empty()
            }
        }
    }

    // MARK: - Sign-in

    private static func signIn(_ router: Router<ServeContext>, _ service: PartnerCenterService) {
        router.post(":tenant/oauth2/v2.0/token") { request, context in
            let form = try await WireJSON.form(from: request)
            return try WireJSON.response(
                try await service.token(tenant: try context.parameters.require("tenant"), form: form))
        }
        router.post(":tenant/oauth2/v2.0/devicecode") { request, context in
            let form = try await WireJSON.form(from: request)
            return try WireJSON.response(
                try await service.deviceCode(
                    tenant: try context.parameters.require("tenant"), form: form,
                    verificationURI: context.root + "/partnerctl/devicelogin"))
        }
    }

    // MARK: - Admin

    private static func admin(_ admin: RouterGroup<ServeContext>, _ service: PartnerCenterService) {
        admin.post("devicecodes/:userCode/approve") { request, context in
            let user = request.uri.queryParameters["user"].map(String.init)
            guard await service.approve(userCode: try context.parameters.require("userCode"), userPrincipalName: user)
            else {
                throw ServeError.notFound("Not found: no pending device code has that user code")
            }
            return WireJSON.empty()
        }
    }

    // MARK: - Helpers

    /// A page size from the query.
    private static func size(_ request: Request, _ name: String) throws -> Int? {
        guard let text = request.uri.queryParameters[Substring(name)] else { return nil }
        guard let value = Int(text) else { throw ServeError.invalid("Invalid property: \(name) must be a number") }
        return value
    }

    /// The offset-style paging Partner Center's offers also take (`offset=`), as a cursor token.
    private static func offsetToken(_ request: Request) throws -> String? {
        try size(request, "offset").map { PageCursor(offset: max(0, $0)).token }
    }
}
