import PartnerModel

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
            throw CommandFailure(
                "refusing the plan: \(steps.count) catalog step\(steps.count == 1 ? "" : "s") "
                    + "(\(steps.prefix(3).map { DisplayText.escaped($0.summary) }.joined(separator: ", "))"
                    + "\(steps.count > 3 ? ", …" : "")) cannot be carried out: \(UnmanagedRule.catalogReason); "
                    + "plan again against this store")
        }
    }
}
