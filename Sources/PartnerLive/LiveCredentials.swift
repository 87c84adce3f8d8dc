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

    /// Creates credentials.
    public init(_ kind: Kind) { self.kind = kind }

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
