/// Plan steps carried out over an account's state without copying it: only what the steps touch
/// is kept, as it becomes, with how each step moves the number of enabled global admins.
///
/// For checking a plan of a few changes against an account of 100,000 users: each step costs
/// what it touches, and the count of global admins in the state (a walk over every user) is
/// needed only when a step removes one.
public struct AccountOverlay: Sendable {
    /// The state the steps start from.
    public let base: AccountState
    private var users: [String: UserState?] = [:]
    private var hidden: [String: Bool] = [:]
    private var offerIds: Set<String>?

    /// Starts from a state.
    public init(_ base: AccountState) {
        self.base = base
    }

    /// A user as the steps so far left it; nil when it does not exist.
    public func user(_ key: String) -> UserState? {
        if let changed = users[key] { return changed }
        return base.users[key]
    }

    /// Carries out a step, with the meaning ``AccountState/apply(_:)`` gives it.
    ///
    /// - Returns: How the step changes the number of enabled global admins (-1, 0 or 1).
    /// - Throws: ``StepError`` when the step does not fit; nothing changes then.
    @discardableResult
    public mutating func apply(_ step: PlanStep) throws(StepError) -> Int {
        switch step.kind {
        case .profileUpdate:
            return 0
        case .catalogShow, .catalogHide:
            if offerIds == nil { offerIds = Set(base.offers.map(\.id)) }
            guard offerIds!.contains(step.target) else {
                throw StepError("offer '\(step.target)' is not in the catalog")
            }
            hidden[step.target] = step.kind == .catalogHide
            return 0
        case .userCreate, .userUpdate, .userEnable, .userDisable, .userDelete, .roleGrant, .roleRevoke:
            let (after, delta) = try outcome(of: step)
            users[step.target.lowercased()] = .some(after)
            return delta
        }
    }

    /// How a step would change the number of enabled global admins, without carrying it out;
    /// 0 for a step that does not fit.
    public func adminDelta(of step: PlanStep) -> Int {
        (try? outcome(of: step))?.delta ?? 0
    }

    /// A user step's user afterwards, and its effect on the number of enabled global admins.
    private func outcome(of step: PlanStep) throws(StepError) -> (user: UserState?, delta: Int) {
        let key = step.target.lowercased()
        let before = user(key)
        var single = AccountState(account: base.account, users: before.map { [key: $0] } ?? [:])
        try single.apply(step)
        let after = single.users[key]
        return (after, (after?.isActiveGlobalAdmin == true ? 1 : 0) - (before?.isActiveGlobalAdmin == true ? 1 : 0))
    }
}
