public import PartnerModel
import PartnerWire

/// Where the Partner Center store sends its requests: Partner Center REST, Microsoft Graph and the
/// sign-in authority.
public struct LiveEndpoints: Hashable, Sendable {
    /// The Partner Center REST base (paths start `/v1/`).
    public var partnerCenter: String
    /// The Microsoft Graph base (paths start `/v1.0/`).
    public var graph: String
    /// The sign-in authority (tokens at `/{tenant}/oauth2/v2.0/token`).
    public var authority: String

    /// Creates endpoints.
    public init(partnerCenter: String, graph: String, authority: String) {
        self.partnerCenter = Self.trimmed(partnerCenter)
        self.graph = Self.trimmed(graph)
        self.authority = Self.trimmed(authority)
    }

    /// All three services at one base URL, as `partnerctl serve` offers them.
    public init(singleBase base: String) {
        self.init(partnerCenter: base, graph: base, authority: base)
    }

    /// The real endpoints of a cloud (reference §1.1).
    public static func real(_ cloud: Cloud) -> LiveEndpoints {
        switch cloud {
        case .global:
            return LiveEndpoints(
                partnerCenter: "https://api.partnercenter.microsoft.com", graph: "https://graph.microsoft.com",
                authority: "https://login.microsoftonline.com")
        case .china:
            return LiveEndpoints(
                partnerCenter: "https://partner.partnercenterapi.microsoftonline.cn",
                graph: "https://microsoftgraph.chinacloudapi.cn", authority: "https://login.chinacloudapi.cn")
        }
    }

    private static func trimmed(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
