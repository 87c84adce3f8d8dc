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
            let key = account.tenantId.lowercased() + " " + audience.rawValue
            if let cached = cache[key], ContinuousClock.now < cached.renewAt { return cached.token }
            let redeemed = try await redeem(audience, account: account, authority: authority)
            let lifetime = max(0, redeemed.expiresIn)
            // Renewed well before it expires: at 80% of its life, and at least a minute early.
            let early = min(lifetime / 5 + 60, lifetime)
            cache[key] = Cached(
                token: redeemed.accessToken, renewAt: ContinuousClock.now + .seconds(lifetime - early))
            if let next = redeemed.refreshToken { refreshToken = next }
            return redeemed.accessToken
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
            throw StoreError.backend(
                operation: "sign in to tenant \(account.tenantId) (\(request.name))", message: response.fault)
        }
        return try response.decode(TokenResponse.self, request)
    }
}
