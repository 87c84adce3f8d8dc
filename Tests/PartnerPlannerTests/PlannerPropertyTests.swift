import PartnerModel
import PartnerPlanner
import PropertyBased
import Testing

/// Properties of `plan(desired:current:)` over random accounts and configurations.
@Suite struct PlannerPropertyTests {
    static let names = ["li.wei", "zhang.min", "wang.jing", "chen.jie", "zhao.lei", "sun.li"]
    static let roles: [Role] = [.globalAdmin, .adminAgent, .salesAgent, .helpdeskAgent, .billingAdmin]
    static let displayNames = ["李伟", "张敏", "王静", "Li Wei", "Jose\u{301}", "José"]

    /// A random account: some of the six users, random roles, enabled or not, random hidden offers.
    static let states = Gen.int(in: 0..<(1 << 18)).map { seed -> AccountState in
        var rng = seed
        func bit() -> Bool { defer { rng >>= 1 }; return rng & 1 == 1 }
        var state = PlannerTests.state([], hidden: [])
        for (index, name) in names.enumerated() where bit() {
            let roles = Set(roles.enumerated().filter { ($0.offset + index + seed) % 3 == 0 }.map(\.element))
            let user = UserState(
                userPrincipalName: PlannerTests.upn(name), displayName: displayNames[(seed + index) % 6],
                enabled: bit() || index == 0, roles: index == 0 ? roles.union([.globalAdmin]) : roles)
            state.users[user.key] = user
        }
        if bit() { state.hiddenOffers.insert("CFQ7TTC0LHP9") }
        return state
    }

    /// A random valid configuration: declares at least one enabled global admin.
    static let configs = Gen.int(in: 0..<(1 << 18)).map { seed -> AccountConfig in
        var rng = seed
        func bit() -> Bool { defer { rng >>= 1 }; return rng & 1 == 1 }
        var users: [UserSpec] = []
        for (index, name) in names.enumerated() where index == 1 || bit() {
            var roles = Set(roles.enumerated().filter { ($0.offset * 7 + index + seed) % 4 == 0 }.map(\.element))
            if index == 1 { roles.insert(.globalAdmin) }
            users.append(
                UserSpec(
                    userPrincipalName: PlannerTests.upn(name),
                    displayName: bit() ? displayNames[(seed + index) % 6] : nil,
                    enabled: index == 1 ? true : (bit() ? bit() : nil), roles: bit() || index == 1 ? roles : nil))
        }
        let catalog =
            bit()
            ? CatalogRules(
                defaultVisibility: bit() ? .hidden : .visible, hide: [.category("dynamics-365")],
                show: bit() ? [.offer("CFQ7TTC0LHQN")] : []) : nil
        return PlannerTests.config(users, policy: Policy(pruneUsers: bit()), catalog: catalog)
    }

    @Test func applyingThePlanReachesTheDeclaredState() async {
        await propertyCheck(count: 300, input: Self.configs, Self.states) { desired, current in
            var state = current
            for step in Planner.plan(desired: desired, current: current).steps {
                #expect(throws: Never.self) { try state.apply(step) }
            }
            for spec in desired.users ?? [] {
                let user = state.users[spec.key]
                #expect(user != nil)
                if let roles = spec.roles { #expect(user?.roles == roles) }
                if let enabled = spec.enabled { #expect(user?.enabled == enabled) }
            }
            if desired.policy.pruneUsers {
                #expect(Set(state.users.keys) == Set((desired.users ?? []).map(\.key)))
            }
        }
    }

    @Test func aSecondPlanIsEmpty() async {
        await propertyCheck(count: 300, input: Self.configs, Self.states) { desired, current in
            var state = current
            for step in Planner.plan(desired: desired, current: current).steps { try? state.apply(step) }
            let second = Planner.plan(desired: desired, current: state)
            #expect(second.steps == [], "second plan: \(second.steps.map(\.summary))")
        }
    }

    @Test func noIntermediateStateLacksAGlobalAdmin() async {
        await propertyCheck(count: 300, input: Self.configs, Self.states) { desired, current in
            var state = current
            let floor = min(1, current.activeGlobalAdminCount)
            for step in Planner.plan(desired: desired, current: current).steps {
                try? state.apply(step)
                #expect(state.activeGlobalAdminCount >= floor, "after \(step.summary)")
            }
            #expect(state.activeGlobalAdminCount >= 1)
        }
    }
}
