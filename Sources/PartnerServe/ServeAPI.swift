import PartnerWire

/// Which of the services at the one base URL a request is for, by its path.
enum ServeAPI: String, Sendable {
    /// Partner Center REST, `/v1/…`.
    case partnerCenter
    /// Microsoft Graph, `/v1.0/…`.
    case graph
    /// Sign-in, `/{tenant}/oauth2/v2.0/…`.
    case signIn
    /// `partnerctl serve`'s own admin endpoint, `/partnerctl/admin/…`.
    case admin

    init(path: String) {
        if path.hasPrefix("/v1.0/") || path == "/v1.0" {
            self = .graph
        } else if path.hasPrefix("/partnerctl/") {
            self = .admin
        } else if path.contains("/oauth2/") {
            self = .signIn
        } else {
            self = .partnerCenter
        }
    }

    /// The token audience the API wants.
    var audience: WireAudience? {
        switch self {
        case .partnerCenter: return .partnerCenter
        case .graph: return .graph
        case .signIn, .admin: return nil
        }
    }
}
