public import PartnerModel

/// Where a partnerctl role lives in the real services (reference §2.6): an Entra directory
/// role, an agent security group, or Partner Center alone.
public enum RoleBacking: Hashable, Sendable {
    /// An Entra directory role, by its documented template id.
    case directoryRole(templateId: String)
    /// A security group in the partner tenant, by display name (`AdminAgents`).
    case agentGroup(name: String)
    /// A role Partner Center keeps itself (global cloud only).
    case partnerCenter

    /// Global admin's template id.
    public static let globalAdministratorTemplateId = "62e90394-69f5-4237-9190-012177145e10"
    /// User management admin's (Entra "User Administrator") template id.
    public static let userAdministratorTemplateId = "fe930be7-5e62-47db-91af-98c3a49a38b1"
    /// Billing admin's template id.
    public static let billingAdministratorTemplateId = "b0f54661-2d74-4c50-afa3-1ec803f12efe"

    /// Where a role lives.
    public static func of(_ role: Role) -> RoleBacking {
        switch role {
        case .globalAdmin: return .directoryRole(templateId: globalAdministratorTemplateId)
        case .userManagementAdmin: return .directoryRole(templateId: userAdministratorTemplateId)
        case .billingAdmin: return .directoryRole(templateId: billingAdministratorTemplateId)
        case .adminAgent: return .agentGroup(name: "AdminAgents")
        case .helpdeskAgent: return .agentGroup(name: "HelpdeskAgents")
        case .salesAgent: return .agentGroup(name: "SalesAgents")
        default: return .partnerCenter
        }
    }

    /// The `category` `GET /v1/roles` gives the role.
    public var category: String {
        switch self {
        case .directoryRole, .agentGroup: return "AzureAD"
        case .partnerCenter: return "PartnerCenter"
        }
    }
}

extension Role {
    /// The role's name as the portal shows it, and `GET /v1/roles` lists it.
    public var portalName: String {
        switch self {
        case .globalAdmin: return "Global admin"
        case .userManagementAdmin: return "User management admin"
        case .billingAdmin: return "Billing admin"
        case .adminAgent: return "Admin agent"
        case .salesAgent: return "Sales agent"
        case .helpdeskAgent: return "Helpdesk agent"
        case .accountAdmin: return "Account admin"
        case .executiveReportViewer: return "Executive report viewer"
        case .referralsAdmin: return "Referrals admin"
        case .referralsUser: return "Referrals user"
        case .incentiveAdmin: return "Incentive admin"
        case .incentiveUser: return "Incentive user"
        case .marketingContentAdmin: return "Marketing content admin"
        }
    }
}
