/// A built-in Partner Center role, as written in the configuration file.
public enum Role: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case globalAdmin = "global-admin"
    case userManagementAdmin = "user-management-admin"
    case billingAdmin = "billing-admin"
    case adminAgent = "admin-agent"
    case salesAgent = "sales-agent"
    case helpdeskAgent = "helpdesk-agent"
    case accountAdmin = "account-admin"
    case executiveReportViewer = "executive-report-viewer"
    case referralsAdmin = "referrals-admin"
    case referralsUser = "referrals-user"
    case incentiveAdmin = "incentive-admin"
    case incentiveUser = "incentive-user"
    case marketingContentAdmin = "marketing-content-admin"

    /// The roles a cloud offers. Partner Center operated by 21Vianet offers the CSP roles only.
    public static func available(in cloud: Cloud) -> [Role] {
        allCases.filter { $0.isAvailable(in: cloud) }
    }

    /// Whether the cloud offers this role.
    public func isAvailable(in cloud: Cloud) -> Bool {
        switch (cloud, self) {
        case (.global, _), (.china, .globalAdmin), (.china, .userManagementAdmin), (.china, .billingAdmin),
            (.china, .adminAgent), (.china, .salesAgent), (.china, .helpdeskAgent):
            return true
        case (.china, _):
            return false
        }
    }

    /// Whether holding this role makes a user an administrator of the account.
    public var isAdministrative: Bool {
        switch self {
        case .globalAdmin, .userManagementAdmin, .billingAdmin, .adminAgent, .accountAdmin: return true
        default: return false
        }
    }

    /// Orders roles as Partner Center lists them (global admin first).
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
