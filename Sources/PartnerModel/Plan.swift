public import PartnerText

/// The ordered steps that turn an account's current state into the declared one.
public struct Plan: Hashable, Sendable, Codable {
    /// The counts in the summary line.
    public struct Summary: Hashable, Sendable, Codable {
        public var add: Int
        public var change: Int
        public var remove: Int

        /// Creates counts.
        public init(add: Int, change: Int, remove: Int) {
            self.add = add
            self.change = change
            self.remove = remove
        }
    }

    /// Which account the plan is for.
    public var account: AccountIdentity
    /// The steps, in the order they must run.
    public var steps: [PlanStep]
    /// Changes the configuration asks for that the plan refuses to make (protected users …).
    public var warnings: [Message]
    /// Rules of the configuration the store cannot carry out (catalog rules against Partner
    /// Center): not planned, not applied, not drift; listed so no one thinks they were.
    public var unmanaged: [UnmanagedRule]

    /// Creates a plan.
    public init(
        account: AccountIdentity, steps: [PlanStep], warnings: [Message] = [], unmanaged: [UnmanagedRule] = []
    ) {
        self.account = account
        self.steps = steps
        self.warnings = warnings
        self.unmanaged = unmanaged
    }

    private enum CodingKeys: String, CodingKey {
        case account, steps, warnings, unmanaged
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        account = try container.decode(AccountIdentity.self, forKey: .account)
        steps = try container.decode([PlanStep].self, forKey: .steps)
        warnings = try container.decode([Message].self, forKey: .warnings)
        unmanaged = try container.decodeIfPresent([UnmanagedRule].self, forKey: .unmanaged) ?? []
    }

    /// Whether the account already matches the configuration.
    public var isEmpty: Bool { steps.isEmpty }

    /// How many steps add, change and remove.
    public var summary: Summary {
        var summary = Summary(add: 0, change: 0, remove: 0)
        for step in steps {
            switch step.kind.effect {
            case .add: summary.add += 1
            case .change: summary.change += 1
            case .remove: summary.remove += 1
            }
        }
        return summary
    }
}
