public import AsyncHTTPClient
import Foundation
public import PartnerModel
import PartnerWire

/// The OAuth 2.0 device authorization grant at a cloud's authority, as `partnerctl login` runs it:
/// ask for a device code, show the person where to enter the user code, poll the token endpoint
/// (honouring `interval`, `authorization_pending` and `slow_down`) until they approve, decline or
/// the code expires, then redeem the refresh token for the other audience so both are known to
/// work. Never prints: the message for the person goes to `show`.
public struct DeviceCodeSignIn: Sendable {
    /// The authority's base URL (`https://login.microsoftonline.com`, or serve's).
    public var authority: String
    /// The tenant id or domain.
    public var tenant: String
    /// The cloud, for the scopes.
    public var cloud: Cloud
    /// The application's (client) id.
    public var clientId: String
    /// The application's secret, for a confidential client; usually none.
    public var clientSecret: String?
    /// How much longer to wait between polls after each `slow_down` (RFC 8628: 5 seconds).
    public var slowDownStep: Duration
    let http: LiveHTTP

    /// Creates a sign-in.
    public init(
        authority: String, tenant: String, cloud: Cloud, clientId: String, clientSecret: String? = nil,
        slowDownStep: Duration = .seconds(5), policy: LiveRetryPolicy = LiveRetryPolicy(), client: HTTPClient = .shared
    ) {
        var authority = authority
        while authority.hasSuffix("/") { authority.removeLast() }
        self.authority = authority
        self.tenant = tenant
        self.cloud = cloud
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.slowDownStep = slowDownStep
        http = LiveHTTP(client: client, correlationId: UUID().uuidString.lowercased(), policy: policy)
    }

    static let loginAgain = "run 'partnerctl login' again"

    /// Signs in.
    ///
    /// - Parameter show: Receives the authority's message for the person (where to go, which code
    ///   to enter); escaped before it is shown.
    /// - Returns: The refresh token, ready for both audiences.
    /// - Throws: ``SignInError`` with the authority's code when it refuses, the person declines,
    ///   or the code expires.
    public func run(show: @Sendable (String) -> Void) async throws -> String {
        let partnerCenterScope = WireAudience.partnerCenter.resource(in: cloud) + "/.default offline_access"
        let code: DeviceCodeResponse = try await post(
            "devicecode", [("client_id", clientId), ("scope", partnerCenterScope)],
            hint: "check the tenant, the cloud and the client id (an app registration that allows public client flows)")
        show(code.message)
        var interval = Duration.seconds(max(1, code.interval))
        let deadline = ContinuousClock.now + .seconds(max(1, code.expiresIn))
        var token: TokenResponse?
        while token == nil {
            try await Task.sleep(for: interval)
            guard ContinuousClock.now < deadline else {
                throw SignInError(
                    code: "expired_token", detail: "the code expired before the sign-in was approved",
                    hint: Self.loginAgain + ", and enter the code within \(code.expiresIn / 60) minutes")
            }
            let response = try await http.send(
                request(
                    "token",
                    withSecret([
                        ("grant_type", OAuthGrantType.deviceCode.rawValue), ("client_id", clientId),
                        ("device_code", code.deviceCode),
                    ])), bearer: nil)
            if response.isSuccess {
                token = try response.decode(TokenResponse.self, request("token", []))
                break
            }
            let error = try? JSONDecoder().decode(OAuthError.self, from: response.body)
            switch error?.error {
            case "authorization_pending": continue
            case "slow_down": interval += slowDownStep
            case "expired_token":
                throw failure(response, hint: Self.loginAgain + ", and enter the code before it expires")
            case "access_denied", "authorization_declined":
                throw failure(response, hint: "the sign-in was declined; " + Self.loginAgain + " to try once more")
            default:
                throw failure(response, hint: Self.loginAgain)
            }
        }
        guard let refresh = token?.refreshToken, !refresh.isEmpty else {
            throw SignInError(
                code: "no_refresh_token", detail: "the authority answered without a refresh token",
                hint: "the app registration must allow the offline_access permission")
        }
        // The same refresh token redeemed for Graph: the store needs both, and a refusal is
        // better met now than in the middle of an apply.
        let graph: TokenResponse = try await post(
            "token",
            withSecret([
                ("grant_type", OAuthGrantType.refreshToken.rawValue), ("client_id", clientId),
                ("refresh_token", refresh),
                ("scope", WireAudience.graph.resource(in: cloud) + "/.default offline_access"),
            ]),
            hint: "the app registration needs Microsoft Graph permissions (User.ReadWrite.All, "
                + "RoleManagement.ReadWrite.Directory, GroupMember.ReadWrite.All); " + Self.loginAgain)
        return graph.refreshToken ?? refresh
    }

    private func withSecret(_ form: [(String, String)]) -> [(String, String)] {
        clientSecret.map { form + [("client_secret", $0)] } ?? form
    }

    private func request(_ endpoint: String, _ form: [(String, String)]) -> LiveRequest {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        func encoded(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        let body = form.map { "\($0)=\(encoded($1))" }.joined(separator: "&")
        return LiveRequest(
            method: .POST, url: "\(authority)/\(encoded(tenant))/oauth2/v2.0/\(endpoint)", body: Data(body.utf8),
            contentType: "application/x-www-form-urlencoded")
    }

    private func post<T: Decodable>(_ endpoint: String, _ form: [(String, String)], hint: String) async throws -> T {
        let request = request(endpoint, form)
        let response = try await http.send(request, bearer: nil)
        guard response.isSuccess else { throw failure(response, hint: hint) }
        return try response.decode(T.self, request)
    }

    private func failure(_ response: LiveResponse, hint: String) -> SignInError {
        if let error = try? JSONDecoder().decode(OAuthError.self, from: response.body) {
            return SignInError(code: error.error, detail: error.errorDescription, hint: hint)
        }
        return SignInError(code: "\(response.status)", detail: response.fault, hint: hint)
    }
}
