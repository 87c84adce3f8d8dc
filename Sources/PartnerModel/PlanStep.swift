public import PartnerText

/// One change to an account: a kind, a target, the fields it changes, and why.
public struct PlanStep: Hashable, Sendable, Codable {
    /// What the step does.
    public var kind: StepKind
    /// What it acts on: a profile section, a user principal name, or an offer id.
    public var target: String
    /// The role granted or revoked (role steps only).
    public var role: Role?
    /// The fields it changes.
    public var changes: [FieldChange]
    /// Why the plan has this step, for people reading it.
    public var reason: Message

    /// Creates a step.
    public init(kind: StepKind, target: String, role: Role? = nil, changes: [FieldChange] = [], reason: Message) {
        self.kind = kind
        self.target = target
        self.role = role
        self.changes = changes
        self.reason = reason
    }

    /// A one-line description: `role.grant li.wei@contoso.cn global-admin`.
    public var summary: String {
        [kind.rawValue, target, role?.rawValue].compactMap { $0 }.joined(separator: " ")
    }
}
