public import PartnerModel

/// The two services a token can be for, and their resource names per cloud (reference §1.1).
public enum WireAudience: String, Hashable, Sendable, Codable, CaseIterable {
    /// Partner Center REST (`/v1`).
    case partnerCenter
    /// Microsoft Graph (`/v1.0`).
    case graph

    /// The resource name tokens are requested for in a cloud (`https://api.partnercenter.microsoft.com`).
    public func resource(in cloud: Cloud) -> String {
        switch (self, cloud) {
        case (.partnerCenter, .global): return "https://api.partnercenter.microsoft.com"
        case (.partnerCenter, .china): return "https://partner.partnercenterapi.microsoftonline.cn"
        case (.graph, .global): return "https://graph.microsoft.com"
        case (.graph, .china): return "https://microsoftgraph.chinacloudapi.cn"
        }
    }

    /// The audience a v2 `scope` names (`{resource}/.default` or `{resource}/user_impersonation`,
    /// among other words such as `offline_access`), if it names one of a cloud's two resources.
    public static func named(byScope scope: String, in cloud: Cloud) -> WireAudience? {
        for word in scope.split(separator: " ") {
            for audience in allCases {
                let resource = audience.resource(in: cloud)
                if word == resource || word.hasPrefix(resource + "/") { return audience }
            }
        }
        return nil
    }
}
