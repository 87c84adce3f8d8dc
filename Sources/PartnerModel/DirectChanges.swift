/// A store that takes changes made outside partnerctl's plans, as the portal would make them:
/// `partnerctl serve` writes through it when a client changes the account over HTTP.
///
/// A direct change is checked like a plan step (a user created twice, a role granted to a user
/// who does not exist are rejected) but belongs to no apply: it is not journaled and not in the
/// history, so to `partnerctl drift` it is what it is — someone changed the account by hand.
public protocol DirectChanges: Sendable {
    /// Makes one change to an account, atomically, without journaling it.
    ///
    /// - Parameters:
    ///   - step: The change, described as the plan step that would make it.
    ///   - tenantId: The account.
    /// - Throws: ``StoreError/stepRejected(step:reason:)`` when the change does not fit the
    ///   state (nothing is changed then); ``StoreError/notEnrolled(tenantId:)`` when the store
    ///   has no such account.
    func change(_ step: PlanStep, tenantId: String) async throws
}
