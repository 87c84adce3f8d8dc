import PartnerModel
import PartnerPlanner
import Testing

@Suite struct PlannerTests {
    static let account = AccountIdentity(
        tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china, domain: "contoso.partner.onmschina.cn")
    static let offers = [
        Offer(id: "CFQ7TTC0LF8R", name: "Office 365 E3", category: "office-365"),
        Offer(id: "CFQ7TTC0LH18", name: "Microsoft 365 Business Basic", category: "microsoft-365"),
        Offer(id: "CFQ7TTC0LHP9", name: "Dynamics 365 Sales", category: "dynamics-365"),
        Offer(id: "CFQ7TTC0LHQN", name: "Dynamics 365 Finance", category: "dynamics-365"),
    ]

    static func upn(_ name: String) -> String { "\(name)@contoso.partner.onmschina.cn" }

    static func config(
        _ users: [UserSpec]?, policy: Policy = Policy(), catalog: CatalogRules? = nil,
        profile: [String: String] = [:]
    ) -> AccountConfig {
        AccountConfig(
            account: account, profile: Profile(values: profile), users: users, catalog: catalog, policy: policy)
    }

    static func state(_ users: [UserState], hidden: Set<String> = [], profile: [String: String] = [:]) -> AccountState {
        AccountState(
            account: account, profile: Profile(values: profile),
            users: Dictionary(uniqueKeysWithValues: users.map { ($0.key, $0) }), offers: offers, hiddenOffers: hidden)
    }

    /// Applies a plan to a state, as a store would.
    static func applying(_ plan: Plan, to state: AccountState) throws -> AccountState {
        var state = state
        for step in plan.steps { try state.apply(step) }
        return state
    }

    @Test func stepsRunInTheSafeOrder() throws {
        let current = Self.state(
            [
                UserState(userPrincipalName: Self.upn("old"), roles: [.globalAdmin]),
                UserState(userPrincipalName: Self.upn("agent"), roles: [.helpdeskAgent]),
            ], profile: ["support.email": "old@contoso.cn"])
        let desired = Self.config(
            [
                UserSpec(userPrincipalName: Self.upn("new"), displayName: "新", roles: [.globalAdmin]),
                UserSpec(userPrincipalName: Self.upn("agent"), enabled: false, roles: [.salesAgent]),
            ], policy: Policy(pruneUsers: true), catalog: CatalogRules(hide: [.category("dynamics-365")]),
            profile: ["support.email": "support@contoso.cn"])
        let plan = Planner.plan(desired: desired, current: current)
        #expect(
            plan.steps.map(\.summary) == [
                "profile.update support",
                "user.create \(Self.upn("new"))",
                "role.grant \(Self.upn("new")) global-admin",
                "role.grant \(Self.upn("agent")) sales-agent",
                "catalog.hide CFQ7TTC0LHP9",
                "catalog.hide CFQ7TTC0LHQN",
                "role.revoke \(Self.upn("agent")) helpdesk-agent",
                "user.disable \(Self.upn("agent"))",
                "user.delete \(Self.upn("old"))",
            ])
        #expect(plan.summary == Plan.Summary(add: 3, change: 4, remove: 2))
        #expect(plan.warnings == [])
        #expect(Planner.plan(desired: desired, current: try Self.applying(plan, to: current)).isEmpty)
    }

    @Test func fieldsAndUsersTheFileLeavesOutAreNotManaged() {
        let current = Self.state(
            [
                UserState(
                    userPrincipalName: Self.upn("li.wei"), displayName: "李伟", firstName: "伟", roles: [.globalAdmin]),
                UserState(userPrincipalName: Self.upn("stranger"), roles: [.adminAgent]),
            ], profile: ["support.email": "support@contoso.cn", "support.telephone": "+86 400 555 0100"])
        let desired = Self.config(
            [UserSpec(userPrincipalName: Self.upn("li.wei"), displayName: "李伟")],
            profile: ["support.email": "support@contoso.cn"])
        #expect(Planner.plan(desired: desired, current: current).isEmpty)
    }

    @Test func valuesAreComparedAfterNormalization() {
        let current = Self.state(
            [
                UserState(
                    userPrincipalName: "Li.Wei@contoso.partner.onmschina.cn", displayName: "Jose\u{301}",
                    roles: [.globalAdmin])
            ],
            profile: [
                "support.email": "Support@Contoso.CN", "support.telephone": "+86 400-555-0100",
                "support.website": "https://contoso.cn/support/",
            ])
        let desired = Self.config(
            [UserSpec(userPrincipalName: Self.upn("li.wei"), displayName: "José", roles: [.globalAdmin])],
            profile: [
                "support.email": "support@contoso.cn", "support.telephone": "+86 400 555 0100",
                "support.website": "https://contoso.cn/support",
            ])
        #expect(Planner.plan(desired: desired, current: current).steps == [])
    }

    @Test func aChangedRoleIsOneGrantAndOneRevokeNeverARecreate() {
        let current = Self.state([UserState(userPrincipalName: Self.upn("a"), roles: [.globalAdmin, .helpdeskAgent])])
        let desired = Self.config([UserSpec(userPrincipalName: Self.upn("a"), roles: [.globalAdmin, .salesAgent])])
        #expect(
            Planner.plan(desired: desired, current: current).steps.map(\.summary) == [
                "role.grant \(Self.upn("a")) sales-agent", "role.revoke \(Self.upn("a")) helpdesk-agent",
            ])
    }

    @Test func undeclaredUsersAreDeletedOnlyWithPruneUsers() {
        let current = Self.state([
            UserState(userPrincipalName: Self.upn("a"), roles: [.globalAdmin]),
            UserState(userPrincipalName: Self.upn("b")),
        ])
        let users = [UserSpec(userPrincipalName: Self.upn("a"), roles: [.globalAdmin])]
        #expect(Planner.plan(desired: Self.config(users), current: current).isEmpty)
        let pruned = Planner.plan(desired: Self.config(users, policy: Policy(pruneUsers: true)), current: current)
        #expect(pruned.steps.map(\.summary) == ["user.delete \(Self.upn("b"))"])
        #expect(pruned.steps.first?.reason == "not in the configuration, and policy.pruneUsers is true")
    }

    @Test func protectedUsersAreNeverTouchedDestructively() {
        let current = Self.state([
            UserState(userPrincipalName: Self.upn("a"), roles: [.globalAdmin]),
            UserState(userPrincipalName: Self.upn("boss"), roles: [.globalAdmin, .billingAdmin]),
            UserState(userPrincipalName: Self.upn("keeper")),
        ])
        let policy = Policy(pruneUsers: true, protectedUsers: [Self.upn("boss"), Self.upn("keeper")])
        let desired = Self.config(
            [
                UserSpec(userPrincipalName: Self.upn("a"), roles: [.globalAdmin]),
                UserSpec(userPrincipalName: Self.upn("boss"), enabled: false, roles: [.billingAdmin]),
            ], policy: policy)
        let plan = Planner.plan(desired: desired, current: current)
        #expect(plan.steps == [])
        #expect(
            plan.warnings == [
                "'role.revoke \(Self.upn("boss")) global-admin' skipped: \(Self.upn("boss")) is a protected user",
                "'user.disable \(Self.upn("boss"))' skipped: \(Self.upn("boss")) is a protected user",
                "'user.delete \(Self.upn("keeper"))' skipped: \(Self.upn("keeper")) is a protected user",
            ])
    }

    @Test func theLastGlobalAdminIsNeverRemoved() {
        let current = Self.state([UserState(userPrincipalName: Self.upn("only"), roles: [.globalAdmin])])
        // Not a valid configuration (validation demands an enabled global admin), but the planner holds on its own.
        let desired = Self.config([UserSpec(userPrincipalName: Self.upn("only"), roles: [.adminAgent])])
        let plan = Planner.plan(desired: desired, current: current)
        #expect(plan.steps.map(\.summary) == ["role.grant \(Self.upn("only")) admin-agent"])
        #expect(
            plan.warnings == [
                "'role.revoke \(Self.upn("only")) global-admin' skipped: \(Self.upn("only")) is the last enabled global admin"
            ])
    }

    @Test func handingOverGlobalAdminGrantsBeforeItRevokes() {
        let current = Self.state([UserState(userPrincipalName: Self.upn("old"), roles: [.globalAdmin])])
        let desired = Self.config([
            UserSpec(userPrincipalName: Self.upn("old"), roles: []),
            UserSpec(userPrincipalName: Self.upn("new"), roles: [.globalAdmin]),
        ])
        #expect(
            Planner.plan(desired: desired, current: current).steps.map(\.summary) == [
                "user.create \(Self.upn("new"))", "role.grant \(Self.upn("new")) global-admin",
                "role.revoke \(Self.upn("old")) global-admin",
            ])
    }

    @Test(arguments: [
        (
            CatalogRules(defaultVisibility: .hidden, show: [.offer("CFQ7TTC0LF8R")]),
            ["CFQ7TTC0LH18", "CFQ7TTC0LHP9", "CFQ7TTC0LHQN"]
        ),
        (CatalogRules(hide: [.category("dynamics-365")], show: [.offer("CFQ7TTC0LHP9")]), ["CFQ7TTC0LHQN"]),
        (
            CatalogRules(defaultVisibility: .hidden, show: [.category("dynamics-365")]),
            ["CFQ7TTC0LF8R", "CFQ7TTC0LH18"]
        ),
    ])
    func catalogRulesDecideEachOffer(rules: CatalogRules, hidden: [String]) throws {
        let current = Self.state([], hidden: ["CFQ7TTC0LH18"])
        let plan = Planner.plan(desired: Self.config(nil, catalog: rules), current: current)
        #expect(try Self.applying(plan, to: current).hiddenOffers == Set(hidden))
    }

    @Test func catalogRulesNamingNothingInTheAccountAreWarnedAbout() {
        let plan = Planner.plan(
            desired: Self.config(nil, catalog: CatalogRules(hide: [.offer("MS-AZR-0145P")])),
            current: Self.state([]))
        #expect(plan.warnings == ["the catalog rule 'MS-AZR-0145P' names nothing in the account's catalog"])
    }
}
