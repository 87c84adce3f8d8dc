extension AccountState {
    /// Carries out one plan step on this state: the reference meaning of every step kind, which
    /// every store must match.
    ///
    /// - Throws: ``StepError`` when the step does not fit the state (a user created twice, a role
    ///   revoked from a user who does not exist …); the state is then unchanged.
    public mutating func apply(_ step: PlanStep) throws(StepError) {
        let key = step.target.lowercased()
        switch step.kind {
        case .profileUpdate:
            for change in step.changes { profile.values[change.field] = change.after }
        case .userCreate:
            guard users[key] == nil else { throw StepError("user '\(step.target)' already exists") }
            users[key] = UserState(creating: step)
        case .userUpdate:
            try modifyUser(key, step) { user in
                for change in step.changes { UserField(rawValue: change.field)?.set(change.after, in: &user) }
            }
        case .userEnable:
            try modifyUser(key, step) { $0.enabled = true }
        case .userDisable:
            try modifyUser(key, step) { $0.enabled = false }
        case .userDelete:
            guard users.removeValue(forKey: key) != nil else { throw StepError("user '\(step.target)' does not exist") }
        case .roleGrant, .roleRevoke:
            guard let role = step.role else { throw StepError("step '\(step.summary)' names no role") }
            try modifyUser(key, step) { user in
                if step.kind == .roleGrant { user.roles.insert(role) } else { user.roles.remove(role) }
            }
        case .catalogShow, .catalogHide:
            guard offers.contains(where: { $0.id == step.target }) else {
                throw StepError("offer '\(step.target)' is not in the catalog")
            }
            if step.kind == .catalogHide { hiddenOffers.insert(step.target) } else { hiddenOffers.remove(step.target) }
        }
    }

    private mutating func modifyUser(_ key: String, _ step: PlanStep, _ body: (inout UserState) -> Void)
        throws(StepError)
    {
        guard var user = users[key] else { throw StepError("user '\(step.target)' does not exist") }
        body(&user)
        users[key] = user
    }
}
