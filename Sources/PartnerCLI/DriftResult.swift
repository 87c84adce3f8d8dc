import PartnerModel
import PartnerText

/// The drift check of one configuration file.
struct DriftResult: Encodable {
    enum Status: String, Encodable {
        case noDrift = "no-drift"
        case drift
        case error
    }

    let config: String
    let account: AccountIdentity?
    let status: Status
    let summary: Plan.Summary?
    let steps: [PlanStep]?
    let warnings: [Message]?
    /// Why the check failed: display text (values escaped with `DisplayText.escaped`).
    let error: String?

    /// A check that failed before it could plan.
    init(failed config: String, _ message: String) {
        self.init(config: config, account: nil, status: .error, summary: nil, steps: nil, warnings: nil, error: message)
    }

    init(
        config: String, account: AccountIdentity?, status: Status, summary: Plan.Summary?, steps: [PlanStep]?,
        warnings: [Message]?,
        error: String?
    ) {
        self.config = config
        self.account = account
        self.status = status
        self.summary = summary
        self.steps = steps
        self.warnings = warnings
        self.error = error
    }

    var plan: Plan? {
        guard let steps, let summary, summary.add + summary.change + summary.remove > 0 else { return nil }
        guard let account else { return nil }
        return Plan(account: account, steps: steps, warnings: warnings ?? [])
    }

    /// `no drift`, `drift: 1 to add, 0 to change, 0 to remove`, or `error: …`; display text.
    var resultText: String {
        switch status {
        case .noDrift: return Message("no drift").localized
        case .drift:
            let summary = summary!
            return Message("drift: \(summary.add) to add, \(summary.change) to change, \(summary.remove) to remove")
                .localized
        case .error: return Message("error: \(error ?? "unknown")").localized
        }
    }
}
