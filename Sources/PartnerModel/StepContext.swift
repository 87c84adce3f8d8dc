/// Where a step runs and what it carries besides the plan: the apply it belongs to, its place in
/// the plan, and, for `user.create`, the new user's temporary password.
public struct StepContext: Sendable {
    /// The account's tenant id.
    public var tenantId: String
    /// The apply the step belongs to, as ``AccountStore/beginApply(tenantId:holder:stepCount:)`` returned it.
    public var applyId: String
    /// The step's position in its plan, from 1.
    public var index: Int
    /// The temporary password of the user a `user.create` step creates. It is on disk, in the
    /// admin's passwords file, before the step runs. A store that creates real sign-ins (Partner
    /// Center) sends it with the create request; local stores ignore it. Never stored, journaled
    /// or logged.
    public var newUserPassword: String?
    /// What the store reports back about the step (shared by copies of the context).
    public var outcome = StepOutcome()

    /// Creates a context.
    public init(tenantId: String, applyId: String, index: Int, newUserPassword: String? = nil) {
        self.tenantId = tenantId
        self.applyId = applyId
        self.index = index
        self.newUserPassword = newUserPassword
    }
}
