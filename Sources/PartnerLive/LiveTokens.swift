import Foundation
import PartnerModel
import PartnerWire

/// The access tokens the store sends: given ones as they are, or ones redeemed at the
/// authority's token endpoint and redeemed again before they expire. Holds the secrets; never
/// puts them in an error.
actor LiveTokens {
    private struct Cached {
        var token: String
        var renewAt: ContinuousClock.Instant
    }

    let credentials: LiveCredentials
    let http: LiveHTTP
    private var cache: [String: Cached] = [:]
    private var refreshToken: String?

    init(credentials: LiveCredentials, http: LiveHTTP) {
        self.credentials = credentials
        self.http = http
        if case .refreshToken(_, _, let token) = credentials.kind { refreshToken = token }
    }

    /// The token for `audience` in `account`'s tenant.
    func token(_ audience: WireAudience, account: AccountIdentity, authority: String) async throws -> String {
        switch credentials.kind {
        case .tokens(let partnerCenter, let graph):
            let (token, variable) =
                audience == .partnerCenter
                ? (partnerCenter, "PARTNERCTL_TOKEN") : (graph, "PARTNERCTL_GRAPH_TOKEN")
            guard let token else {
                throw StoreError.backend(
                    operation: "sign in",
                    message: "no \(audience == .partnerCenter ? "Partner Center" : "Microsoft Graph") token: set "
                        + "\(variable), or PARTNERCTL_CLIENT_ID with PARTNERCTL_REFRESH_TOKEN")
            }
            return token
        case .refreshToken, .clientCredentials:
            try checkSavedFor(account, authority: authority)
            let key = account.tenantId.lowercased() + " " + audience.rawValue
            if let cached = cache[key], ContinuousClock.now < cached.renewAt { return cached.token }
            let redeemed = try await redeem(audience, account: account, authority: authority)
            let lifetime = max(0, redeemed.expiresIn)
            // Renewed well before it expires: at 80% of its life, and at least a minute early.
            let early = min(lifetime / 5 + 60, lifetime)
            cache[key] = Cached(
                token: redeemed.accessToken, renewAt: ContinuousClock.now + .seconds(lifetime - early))
            if let next = redeemed.refreshToken, next != refreshToken {
                refreshToken = next
                credentials.rotated?(next)
            }
            return redeemed.accessToken
        }
    }

    /// Refuses a saved sign-in for another tenant or authority than the account's.
    private func checkSavedFor(_ account: AccountIdentity, authority: String) throws {
        guard let saved = credentials.savedFor else { return }
        let tenant = saved.tenant.lowercased()
        if tenant != account.tenantId.lowercased(), tenant != account.domain.lowercased() {
            throw SignInError(
                code: "other_tenant",
                detail: "the saved sign-in is for tenant \(saved.tenant); the account is tenant \(account.tenantId)",
                hint: "run 'partnerctl login' for this account, or point PARTNERCTL_CREDENTIALS at its sign-in")
        }
        var expected = authority
        var given = saved.authority
        while expected.hasSuffix("/") { expected.removeLast() }
        while given.hasSuffix("/") { given.removeLast() }
        if expected.lowercased() != given.lowercased() {
            throw SignInError(
                code: "other_authority",
                detail:
                    "the saved sign-in is for the authority \(saved.authority); this store signs in at \(authority)",
                hint: "run 'partnerctl login' with the same --store (or cloud) as the command")
        }
    }

    /// Forgets a redeemed token the service refused, so the next request redeems a new one.
    ///
    /// - Returns: Whether there was one to forget (given tokens are never forgotten).
    func forget(_ audience: WireAudience, account: AccountIdentity) -> Bool {
        cache.removeValue(forKey: account.tenantId.lowercased() + " " + audience.rawValue) != nil
    }

    private func redeem(_ audience: WireAudience, account: AccountIdentity, authority: String) async throws
        -> TokenResponse
    {
        var form: [(String, String)] = [("scope", audience.resource(in: account.cloud) + "/.default")]
        switch credentials.kind {
        case .refreshToken(let clientId, let secret, _):
            form += [("grant_type", OAuthGrantType.refreshToken.rawValue), ("client_id", clientId)]
            form.append(("refresh_token", refreshToken ?? ""))
            if let secret { form.append(("client_secret", secret)) }
        case .clientCredentials(let clientId, let secret):
            form += [
                ("grant_type", OAuthGrantType.clientCredentials.rawValue), ("client_id", clientId),
                ("client_secret", secret),
            ]
        case .tokens:
            preconditionFailure("given tokens are not redeemed")
        }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = form.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        let tenant = account.tenantId.addingPercentEncoding(withAllowedCharacters: allowed) ?? account.tenantId
        let request = LiveRequest(
            method: .POST, url: "\(authority)/\(tenant)/oauth2/v2.0/token", body: Data(text.utf8),
            contentType: "application/x-www-form-urlencoded")
        let response = try await http.send(request, bearer: nil)
        guard response.isSuccess else {
            if let error = try? JSONDecoder().decode(OAuthError.self, from: response.body) {
                throw SignInError(
                    code: error.error,
                    detail:
                        "tenant \(account.tenantId), \(request.name) (\(response.status)): \(error.errorDescription)",
                    hint: credentials.hint)
            }
            throw StoreError.backend(
                operation: "sign in to tenant \(account.tenantId) (\(request.name))", message: response.fault)
        }
        return try response.decode(TokenResponse.self, request)
    }
}
