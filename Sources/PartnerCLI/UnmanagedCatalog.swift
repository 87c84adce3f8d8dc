import PartnerLive
import PartnerModel

/// The Partner Center store cannot hide or show offers (Partner Center has no API for it): `plan`
/// warns about such steps, `apply` refuses the plan before changing anything.
enum UnmanagedCatalog {
    /// The plan's catalog steps, when the store cannot carry them out.
    static func steps(_ plan: Plan, store: (any AccountStore)?) -> [PlanStep] {
        guard store is PartnerCenterStore else { return [] }
        return plan.steps.filter { $0.kind == .catalogHide || $0.kind == .catalogShow }
    }

    static func reason(_ steps: [PlanStep]) -> String {
        "\(steps.count) catalog step\(steps.count == 1 ? "" : "s") (\(steps.prefix(3).map(\.summary).joined(separator: ", "))"
            + "\(steps.count > 3 ? ", …" : "")) cannot be applied to Partner Center: "
            + "\(PartnerCenterStore.catalogNotManaged); remove the catalog rules for this account"
    }

    /// Refuses a plan with catalog steps for a Partner Center store.
    static func refuse(_ plan: Plan, store: (any AccountStore)?) throws {
        let steps = steps(plan, store: store)
        guard steps.isEmpty else { throw CommandFailure("refusing the plan: " + reason(steps)) }
    }
}
