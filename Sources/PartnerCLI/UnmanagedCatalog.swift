import PartnerModel
import PartnerText

/// A saved plan with catalog steps cannot be carried out by a store that does not manage the
/// catalog (``AccountStore/managesCatalog``; Partner Center has no API for it): `apply --plan`
/// refuses it before changing anything. Plans made against such a store have no catalog steps:
/// they list the rules in ``Plan/unmanaged``.
enum UnmanagedCatalog {
    /// The plan's catalog steps, when the store cannot carry them out.
    static func steps(_ plan: Plan, store: any AccountStore) -> [PlanStep] {
        guard !store.managesCatalog else { return [] }
        return plan.steps.filter { $0.kind == .catalogHide || $0.kind == .catalogShow }
    }

    /// Refuses a plan with catalog steps for a store that does not manage the catalog.
    static func refuse(_ plan: Plan, store: any AccountStore) throws {
        let steps = steps(plan, store: store)
        guard steps.isEmpty else {
            let listed =
                steps.prefix(3).map { DisplayText.escaped($0.summary) }.joined(separator: ", ")
                + (steps.count > 3 ? ", …" : "")
            throw CommandFailure(
                steps.count == 1
                    ? Message(
                        "refusing the plan: \(steps.count) catalog step (\(listed)) cannot be carried out: \(UnmanagedRule.catalogReason); plan again against this store"
                    )
                    : Message(
                        "refusing the plan: \(steps.count) catalog steps (\(listed)) cannot be carried out: \(UnmanagedRule.catalogReason); plan again against this store"
                    ))
        }
    }
}
