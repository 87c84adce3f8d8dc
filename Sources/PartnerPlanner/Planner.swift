public import PartnerModel

/// Computes the plan that turns an account's current state into the declared one.
///
/// `plan(desired:current:)` is a pure function. Its steps run in an order that keeps the account
/// safe at every point: profile updates, user creates, enables and updates, role grants, catalog
/// changes, then role revokes, disables and deletes — so the account never has fewer enabled
/// global admins than at either end, and the last one is never removed. Protected users are
/// never disabled, deleted or demoted; users not in the file are deleted only with
/// `policy.pruneUsers`; fields the file leaves out are not compared. Values are compared after
/// normalization, so a value written differently but meaning the same is no change.
public enum Planner {
    /// Plans the changes from `current` to `desired`.
    ///
    /// - Parameters:
    ///   - desired: A valid configuration.
    ///   - current: The account's state, for the same tenant.
    ///   - managesCatalog: Whether the store hides and shows offers (``AccountStore/managesCatalog``);
    ///     when it does not, the catalog rules are listed in ``Plan/unmanaged`` instead of planned.
    /// - Returns: The ordered steps, and warnings for changes the plan refuses to make.
    public static func plan(desired: AccountConfig, current: AccountState, managesCatalog: Bool = true) -> Plan {
        var builder = PlanBuilder(desired: desired, current: current)
        builder.planProfile()
        builder.planUsers()
        if managesCatalog { builder.planCatalog() }
        var plan = builder.finish()
        if !managesCatalog { plan.unmanaged = UnmanagedRule.catalog(desired.catalog, cloud: desired.account.cloud) }
        return plan
    }
}
