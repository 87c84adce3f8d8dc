import PartnerWire

/// The tokens the sign-in endpoint issued, the refresh tokens, and the device codes waiting for
/// approval. Held in memory only: a restarted server has forgotten them all.
struct TokenRegistry: Sendable {
    struct AccessGrant: Sendable {
        var caller: Caller
        var expires: ContinuousClock.Instant
    }

    struct RefreshGrant: Sendable {
        var tenantId: String
        var clientId: String
        var userPrincipalName: String?
    }

    struct DeviceAuthorization: Sendable {
        var tenantId: String
        var clientId: String
        var scope: String
        var userCode: String
        var expires: ContinuousClock.Instant
        var approved: Bool
        var userPrincipalName: String?
    }

    let clients: [String: ServeClient]
    private var access: [String: AccessGrant] = [:]
    private var refresh: [String: RefreshGrant] = [:]
    private var devices: [String: DeviceAuthorization] = [:]
    private var deviceCodeByUserCode: [String: String] = [:]

    init(clients: [ServeClient]) {
        self.clients = Dictionary(clients.map { ($0.clientId, $0) }, uniquingKeysWith: { $1 })
    }

    /// Who holds an access token, if it is one this server issued and it has not expired.
    func caller(forToken token: String, now: ContinuousClock.Instant) -> Caller? {
        guard let grant = access[token], grant.expires > now else { return nil }
        return grant.caller
    }

    mutating func issueAccess(_ caller: Caller, lifetimeSeconds: Int, now: ContinuousClock.Instant) -> String {
        let token = OpaqueToken.make()
        access[token] = AccessGrant(caller: caller, expires: now + .seconds(lifetimeSeconds))
        return token
    }

    mutating func issueRefresh(_ grant: RefreshGrant) -> String {
        let token = OpaqueToken.make()
        refresh[token] = grant
        return token
    }

    func refreshGrant(_ token: String) -> RefreshGrant? { refresh[token] }

    mutating func issueDeviceCode(
        tenantId: String, clientId: String, scope: String, lifetime: Duration, approved: Bool,
        now: ContinuousClock.Instant
    ) -> DeviceAuthorization {
        let deviceCode = OpaqueToken.make()
        var userCode = OpaqueToken.userCode()
        while deviceCodeByUserCode[userCode] != nil { userCode = OpaqueToken.userCode() }
        let authorization = DeviceAuthorization(
            tenantId: tenantId, clientId: clientId, scope: scope, userCode: userCode, expires: now + lifetime,
            approved: approved)
        devices[deviceCode] = authorization
        deviceCodeByUserCode[userCode] = deviceCode
        return authorization
    }

    func deviceCode(forUserCode userCode: String) -> String? { deviceCodeByUserCode[userCode] }

    func deviceAuthorization(_ deviceCode: String) -> DeviceAuthorization? { devices[deviceCode] }

    /// Approves a device code by the code the person was shown.
    ///
    /// - Returns: Whether there was such a code, unexpired.
    mutating func approve(userCode: String, userPrincipalName: String?, now: ContinuousClock.Instant) -> Bool {
        guard let deviceCode = deviceCodeByUserCode[userCode.uppercased()], var authorization = devices[deviceCode],
            authorization.expires > now
        else { return false }
        authorization.approved = true
        authorization.userPrincipalName = userPrincipalName
        devices[deviceCode] = authorization
        return true
    }

    /// Ends every access token issued so far, as their lifetime ending would.
    ///
    /// - Returns: How many there were.
    mutating func expireAccessTokens() -> Int {
        defer { access.removeAll() }
        return access.count
    }

    /// Revokes every refresh token issued so far, as an administrator revoking sessions would.
    ///
    /// - Returns: How many there were.
    mutating func revokeRefreshTokens() -> Int {
        defer { refresh.removeAll() }
        return refresh.count
    }

    /// Forgets a device code once redeemed: it gives one sign-in.
    mutating func redeem(deviceCode: String) {
        if let authorization = devices.removeValue(forKey: deviceCode) {
            deviceCodeByUserCode[authorization.userCode] = nil
        }
    }
}
