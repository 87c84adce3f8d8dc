import PartnerModel
public import PartnerWire

extension PartnerCenterService {
    /// `POST /{tenant}/oauth2/v2.0/token` with a form body: client-credentials (App-only),
    /// refresh-token and device-code (App+User) grants. `scope` names the audience
    /// (`https://api.partnercenter.microsoft.com/.default`, `https://graph.microsoft.com/.default`,
    /// or the 21Vianet names for a 21Vianet account).
    ///
    /// - Throws: ``PartnerWire/OAuthError`` as Entra answers it.
    public func token(tenant: String, form: [String: String]) async throws -> TokenResponse {
        let account = try await account(named: tenant)
        guard let grant = form["grant_type"].flatMap(OAuthGrantType.init(rawValue:)) else {
            throw OAuthError(
                error: "unsupported_grant_type", code: 70003,
                description: "The app requested an unsupported grant type '\(form["grant_type"] ?? "")'.")
        }
        let client = try client(form, secretRequired: grant == .clientCredentials)
        let now = clock.now
        switch grant {
        case .clientCredentials:
            let (audience, scope) = try audience(form["scope"], account.cloud)
            let caller = Caller(
                tenantId: account.tenantId, kind: .appOnly, audience: audience, clientId: client.clientId)
            return TokenResponse(
                scope: scope, expiresIn: settings.tokenLifetimeSeconds,
                accessToken: tokens.issueAccess(caller, lifetimeSeconds: settings.tokenLifetimeSeconds, now: now))
        case .refreshToken:
            guard let refresh = form["refresh_token"].flatMap({ tokens.refreshGrant($0) }),
                refresh.tenantId == account.tenantId, refresh.clientId == client.clientId
            else {
                throw OAuthError(
                    error: "invalid_grant", code: 9002313,
                    description: "Invalid request. The refresh token is malformed or not valid.")
            }
            return try issueUserTokens(refresh, scope: form["scope"], cloud: account.cloud)
        case .deviceCode:
            guard let deviceCode = form["device_code"], let authorization = tokens.deviceAuthorization(deviceCode),
                authorization.tenantId == account.tenantId, authorization.clientId == client.clientId
            else {
                throw OAuthError(
                    error: "invalid_grant", code: 70000,
                    description: "The provided value for the input parameter 'device_code' is not valid.")
            }
            guard authorization.expires > now else {
                throw OAuthError(
                    error: "expired_token", code: 70020,
                    description: "The provided value for the input parameter 'device_code' has expired.")
            }
            guard authorization.approved else {
                throw OAuthError(
                    error: "authorization_pending", code: 70016,
                    description: "OAuth 2.0 device flow error. Authorization is pending. Continue polling.")
            }
            tokens.redeem(deviceCode: deviceCode)
            return try issueUserTokens(
                TokenRegistry.RefreshGrant(
                    tenantId: account.tenantId, clientId: client.clientId,
                    userPrincipalName: authorization.userPrincipalName),
                scope: form["scope"] ?? authorization.scope, cloud: account.cloud)
        }
    }

    /// `POST /{tenant}/oauth2/v2.0/devicecode`: a device code to poll with and a user code to
    /// approve (`partnerctl serve approve CODE`, or at once with `--auto-approve-device-codes`).
    public func deviceCode(tenant: String, form: [String: String], verificationURI: String) async throws
        -> DeviceCodeResponse
    {
        let account = try await account(named: tenant)
        let client = try client(form, secretRequired: false)
        let (_, scope) = try audience(form["scope"], account.cloud)
        let lifetime = 900
        let authorization = tokens.issueDeviceCode(
            tenantId: account.tenantId, clientId: client.clientId, scope: scope, lifetime: .seconds(lifetime),
            approved: settings.autoApproveDeviceCodes, now: clock.now)
        return DeviceCodeResponse(
            deviceCode: tokens.deviceCode(forUserCode: authorization.userCode) ?? "", userCode: authorization.userCode,
            verificationUri: verificationURI, expiresIn: lifetime, interval: 1,
            message:
                "To sign in, run 'partnerctl serve approve \(authorization.userCode)' (or open \(verificationURI)).")
    }

    /// Approves a device code, as the person signing in would: the admin endpoint's action.
    ///
    /// - Parameters:
    ///   - userCode: The code the device-code answer showed.
    ///   - userPrincipalName: Who signs in, if it matters.
    /// - Returns: Whether a pending code was approved.
    public func approve(userCode: String, userPrincipalName: String?) -> Bool {
        tokens.approve(userCode: userCode, userPrincipalName: userPrincipalName, now: clock.now)
    }

    /// Ends every access token issued so far, as reaching their lifetime would: the next request
    /// with one is answered 401, and a client must redeem its refresh token again.
    ///
    /// - Returns: How many tokens there were.
    @discardableResult
    public func expireAccessTokens() -> Int { tokens.expireAccessTokens() }

    /// Revokes every refresh token issued so far, as an administrator revoking a user's sessions
    /// would: redeeming one is answered `invalid_grant`.
    ///
    /// - Returns: How many tokens there were.
    @discardableResult
    public func revokeRefreshTokens() -> Int { tokens.revokeRefreshTokens() }

    private func issueUserTokens(_ grant: TokenRegistry.RefreshGrant, scope: String?, cloud: Cloud) throws
        -> TokenResponse
    {
        let (audience, scope) = try audience(scope, cloud)
        let caller = Caller(
            tenantId: grant.tenantId, kind: .appPlusUser, audience: audience, clientId: grant.clientId,
            userPrincipalName: grant.userPrincipalName)
        return TokenResponse(
            scope: scope, expiresIn: settings.tokenLifetimeSeconds,
            accessToken: tokens.issueAccess(caller, lifetimeSeconds: settings.tokenLifetimeSeconds, now: clock.now),
            refreshToken: tokens.issueRefresh(grant))
    }

    /// The account a sign-in URL names, by tenant id or domain.
    private func account(named tenant: String) async throws -> AccountIdentity {
        let wanted = tenant.lowercased()
        guard
            let account = try await store.accounts().first(where: {
                $0.tenantId.lowercased() == wanted || $0.domain.lowercased() == wanted
            })
        else {
            throw OAuthError(error: "invalid_request", code: 90002, description: "Tenant '\(tenant)' not found.")
        }
        return account
    }

    private func client(_ form: [String: String], secretRequired: Bool) throws -> ServeClient {
        guard let id = form["client_id"], let client = tokens.clients[id] else {
            throw OAuthError(
                error: "unauthorized_client", code: 700016,
                description: "Application with identifier '\(form["client_id"] ?? "")' was not found in the directory.")
        }
        let secret = form["client_secret"]
        if let expected = client.clientSecret, secretRequired || secret != nil, secret != expected {
            throw OAuthError(error: "invalid_client", code: 7000215, description: "Invalid client secret provided.")
        }
        return client
    }

    private func audience(_ scope: String?, _ cloud: Cloud) throws -> (WireAudience, String) {
        guard let scope, let audience = WireAudience.named(byScope: scope, in: cloud) else {
            throw OAuthError(
                error: "invalid_scope", code: 70011,
                description: "The provided value for the input parameter 'scope' is not valid: name "
                    + "\(WireAudience.partnerCenter.resource(in: cloud))/.default or \(WireAudience.graph.resource(in: cloud))/.default."
            )
        }
        return (audience, scope)
    }
}
