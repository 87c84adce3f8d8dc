/// How the Partner Center store signs in, from the environment. Never printed: its description
/// names the kind of credential only.
public struct LiveCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The kinds of credential.
    public enum Kind: Sendable {
        /// Access tokens given as they are (`PARTNERCTL_TOKEN`, `PARTNERCTL_GRAPH_TOKEN`).
        case tokens(partnerCenter: String?, graph: String?)
        /// A refresh token redeemed with the app's id (and secret, when it has one): App+User.
        case refreshToken(clientId: String, clientSecret: String?, refreshToken: String)
        /// The app's own id and secret: App-only (Partner Center refuses most own-account calls).
        case clientCredentials(clientId: String, clientSecret: String)
    }

    /// The credential.
    public var kind: Kind
    /// What to tell the person when the authority refuses the credential.
    public var hint: String
    /// The tenant (id or domain) and authority a saved sign-in (`partnerctl login`) is for; nil
    /// for credentials from the environment, which serve whichever tenant the account names.
    public var savedFor: (tenant: String, authority: String)?
    /// Receives each new refresh token the authority hands out, to save it where the old one came
    /// from (the credentials file). Called on the store's task; must not block for long.
    public var rotated: (@Sendable (String) -> Void)?

    /// Creates credentials.
    public init(
        _ kind: Kind, hint: String = LiveCredentials.environmentHint,
        savedFor: (tenant: String, authority: String)? = nil, rotated: (@Sendable (String) -> Void)? = nil
    ) {
        self.kind = kind
        self.hint = hint
        self.savedFor = savedFor
        self.rotated = rotated
    }

    /// The hint for credentials from the environment.
    public static let environmentHint =
        "check PARTNERCTL_CLIENT_ID, PARTNERCTL_CLIENT_SECRET and PARTNERCTL_REFRESH_TOKEN (a refresh token expires "
        + "after 90 days unused, or when revoked), or run 'partnerctl login' and unset them"

    /// The credentials the environment names: `PARTNERCTL_TOKEN`/`PARTNERCTL_GRAPH_TOKEN`, else
    /// `PARTNERCTL_CLIENT_ID` with `PARTNERCTL_REFRESH_TOKEN` or `PARTNERCTL_CLIENT_SECRET`.
    ///
    /// - Returns: nil when none is set.
    public static func from(environment: [String: String]) -> LiveCredentials? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let pc = value("PARTNERCTL_TOKEN"), graph = value("PARTNERCTL_GRAPH_TOKEN")
        if pc != nil || graph != nil { return LiveCredentials(.tokens(partnerCenter: pc, graph: graph)) }
        guard let clientId = value("PARTNERCTL_CLIENT_ID") else { return nil }
        if let refresh = value("PARTNERCTL_REFRESH_TOKEN") {
            return LiveCredentials(
                .refreshToken(
                    clientId: clientId, clientSecret: value("PARTNERCTL_CLIENT_SECRET"), refreshToken: refresh))
        }
        guard let secret = value("PARTNERCTL_CLIENT_SECRET") else { return nil }
        return LiveCredentials(.clientCredentials(clientId: clientId, clientSecret: secret))
    }

    /// The secrets in the credentials, for callers that scrub text before showing it.
    public var secrets: [String] {
        switch kind {
        case .tokens(let pc, let graph): return [pc, graph].compactMap { $0 }
        case .refreshToken(_, let secret, let refresh): return [secret, refresh].compactMap { $0 }
        case .clientCredentials(_, let secret): return [secret]
        }
    }

    public var description: String {
        switch kind {
        case .tokens: return "LiveCredentials(access tokens: <redacted>)"
        case .refreshToken: return "LiveCredentials(refresh token: <redacted>)"
        case .clientCredentials: return "LiveCredentials(client credentials: <redacted>)"
        }
    }

    public var debugDescription: String { description }
}
