/// Writes large, realistic configuration files for benchmarks and scale tests.
public enum ConfigGenerator {
    /// The domain generated users are in.
    public static let domain = "contoso.partner.onmschina.cn"

    /// The roles the generator hands out, cycling through the six CSP roles.
    static let roleSets = [
        "[global-admin]", "[admin-agent, sales-agent]", "[helpdesk-agent]", "[sales-agent]",
        "[billing-admin, admin-agent]", "[user-management-admin, helpdesk-agent, sales-agent]", "[support-desk]",
    ]

    /// The family names generated users get (the most common Chinese surnames).
    static let familyNames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"]
    static let givenNames = ["伟", "敏", "静", "磊", "洋", "涛", "芳", "杰", "娟", "勇", "艳", "军"]

    /// A valid 21Vianet configuration with `users` users (user 0 is a global admin).
    ///
    /// - Parameters:
    ///   - users: How many users to declare.
    ///   - roles: Whether users hold 1–3 roles each; false gives every user but user 0 none.
    /// - Returns: YAML text, about 185 bytes per user.
    public static func yaml(users: Int, roles: Bool = true) -> String {
        var text = """
            apiVersion: partnerctl/v1
            account:
              tenantId: 8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10
              cloud: china
              domain: \(domain)
            profile:
              legalBusiness:
                companyName: 康拓信息技术（北京）有限公司
                address: { addressLine1: 朝阳区建国路 88 号, city: 北京, state: BJ, postalCode: "100022", country: CN }
            roles:
              support-desk: [helpdesk-agent, sales-agent]
            users:

            """
        text.reserveCapacity(users * 160)
        for index in 0..<users {
            let family = familyNames[index % familyNames.count]
            let given = givenNames[(index / familyNames.count) % givenNames.count]
            text += """
                  - userPrincipalName: user\(index)@\(domain)
                    displayName: \(family)\(given)\(index)
                    firstName: \(given)
                    lastName: \(family)
                    usageLocation: CN
                    roles: \(roles || index == 0 ? roleSets[index % roleSets.count] : "[]")

                """
        }
        return text
    }
}
