import Foundation
import PartnerServe
import PartnerWire
import Testing

@Suite struct ServeAuthTests {
    @Test func partnerCenterRefusesAMissingOrWrongTokenWith401AndTheDocumentedBody() async throws {
        let server = try await ServeHarness()
        for token in [nil, "not-a-token-this-server-issued"] {
            let reply = try await server.send(.GET, "/v1/roles", token: token)
            #expect(reply.status == 401)
            #expect(reply.header("WWW-Authenticate")?.hasPrefix("OAuth realm=urn:cpsvc:cpid:") == true)
            #expect(value(reply.json, "code") as? String == "400")
            #expect(value(reply.json, "source") as? String == "PartnerFD")
            #expect((value(reply.json, "description") as? String)?.hasPrefix("Access denied") == true)
            #expect(value(reply.json, "data") as? [String] == [])
        }
        await server.stop()
    }

    @Test func graphRefusesAMissingTokenAndAPartnerCenterTokenInGraphsShape() async throws {
        let server = try await ServeHarness()
        let partnerCenter = try await server.appToken(.partnerCenter)
        for token in [nil, partnerCenter] {
            let reply = try await server.send(.GET, "/v1.0/users", token: token)
            #expect(reply.status == 401)
            #expect(value(reply.json, "error.code") as? String == "InvalidAuthenticationToken")
            #expect(value(reply.json, "error.innerError.request-id") is String)
        }
        await server.stop()
    }

    @Test func appOnlyTokensAreRefusedForProfileWritesWith403() async throws {
        let server = try await ServeHarness()
        let app = try await server.appToken(.partnerCenter)
        // App-only may read the legal business profile …
        let legal = try await server.send(.GET, "/v1/profiles/legalbusiness", token: app)
        #expect(legal.status == 200)
        // … but not write any profile.
        var body = try legal.decode(LegalBusinessProfile.self)
        body.companyName = "Fabrikam"
        let reply = try await server.send(.PUT, "/v1/profiles/legalbusiness", token: app, json: body)
        #expect(reply.status == 403)
        #expect(value(reply.json, "code") as? String == "2032")
        #expect((value(reply.json, "description") as? String)?.contains("App+User") == true)
        let user = try await server.userToken(.partnerCenter)
        #expect(try await server.send(.PUT, "/v1/profiles/legalbusiness", token: user, json: body).status == 200)
        await server.stop()
    }

    @Test func theTokenEndpointAnswersLikeEntra() async throws {
        let server = try await ServeHarness()
        let tenant = ServeHarness.global.tenantId
        let wrongSecret = try await server.send(
            .POST, "/\(tenant)/oauth2/v2.0/token",
            form: [
                "grant_type": "client_credentials", "client_id": ServeHarness.clientId, "client_secret": "wrong",
                "scope": "https://api.partnercenter.microsoft.com/.default",
            ])
        #expect(wrongSecret.status == 401)
        #expect(
            matches(
                wrongSecret.json,
                """
                {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided.",
                 "error_codes": [7000215]}
                """))
        let unknownTenant = try await server.send(
            .POST, "/contoso.example/oauth2/v2.0/token",
            form: [
                "grant_type": "client_credentials", "client_id": ServeHarness.clientId,
                "client_secret": ServeHarness.clientSecret, "scope": "https://graph.microsoft.com/.default",
            ])
        #expect(unknownTenant.status == 400)
        #expect(value(unknownTenant.json, "error") as? String == "invalid_request")
        let token = try await server.send(
            .POST, "/\(ServeHarness.global.domain)/oauth2/v2.0/token",
            form: [
                "grant_type": "client_credentials", "client_id": ServeHarness.clientId,
                "client_secret": ServeHarness.clientSecret, "scope": "https://graph.microsoft.com/.default",
            ])
        #expect(token.status == 200)
        let decoded = try token.decode(TokenResponse.self)
        #expect(decoded.tokenType == "Bearer" && decoded.expiresIn == 3600 && decoded.refreshToken == nil)
        await server.stop()
    }

    @Test func aDeviceCodeIsPendingUntilApprovedThenRefreshes() async throws {
        let server = try await ServeHarness { $0.autoApproveDeviceCodes = false }
        let tenant = ServeHarness.global.tenantId
        let scope = "https://api.partnercenter.microsoft.com/.default"
        let code = try await server.send(
            .POST, "/\(tenant)/oauth2/v2.0/devicecode",
            form: [
                "client_id": ServeHarness.clientId, "scope": scope,
            ]
        ).decode(DeviceCodeResponse.self)
        let poll: [String: String] = [
            "grant_type": OAuthGrantType.deviceCode.rawValue, "client_id": ServeHarness.clientId,
            "device_code": code.deviceCode,
        ]
        let pending = try await server.send(.POST, "/\(tenant)/oauth2/v2.0/token", form: poll)
        #expect(pending.status == 400)
        #expect(value(pending.json, "error") as? String == "authorization_pending")
        // The admin endpoint wants the admin token.
        let approvePath = "/partnerctl/admin/devicecodes/\(code.userCode)/approve"
        #expect(try await server.send(.POST, approvePath).status == 401)
        #expect(try await server.send(.POST, approvePath, token: server.service.adminToken).status == 204)
        let signedIn = try await server.send(.POST, "/\(tenant)/oauth2/v2.0/token", form: poll).decode(
            TokenResponse.self)
        let refresh = try #require(signedIn.refreshToken)
        let graph = try await server.send(
            .POST, "/\(tenant)/oauth2/v2.0/token",
            form: [
                "grant_type": "refresh_token", "client_id": ServeHarness.clientId, "refresh_token": refresh,
                "scope": "https://graph.microsoft.com/.default",
            ]
        ).decode(TokenResponse.self)
        #expect(try await server.send(.GET, "/v1.0/users", token: graph.accessToken).status == 200)
        #expect(try await server.send(.GET, "/v1/profiles/organization", token: signedIn.accessToken).status == 200)
        await server.stop()
    }

    @Test func noClientsMeansNoServiceUnlessInsecure() async throws {
        let store = try ServeHarness.emptyStore()
        defer { store.directory.remove() }
        #expect(throws: ServeConfigurationError.self) {
            try PartnerCenterService(store: store.store, settings: ServeSettings())
        }
        _ = try PartnerCenterService(store: store.store, settings: ServeSettings(insecureNoAuth: true))
    }
}
