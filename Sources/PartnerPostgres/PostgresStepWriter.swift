import PartnerModel
import PostgresNIO

/// Turns one plan step into SQL inside the caller's transaction, checking that it fits the state
/// the same way ``PartnerModel/AccountState/apply(_:)`` does, with the same rejection reasons.
struct PostgresStepWriter {
    let connection: PostgresConnection
    let tenantId: String
    /// Whether to run the step statements prepared (see ``StepStatements``): on a lock's own
    /// connection only.
    var prepared = false

    /// Locks the account's row until the transaction ends: once per transaction, before its
    /// steps. It serializes writers of one account, so a step's check and the change it guards
    /// cannot interleave with another writer's.
    ///
    /// - Throws: ``StoreError/notEnrolled(tenantId:)`` when the account does not exist.
    func lockAccount() async throws {
        guard try await connection.run(StepStatements.LockAccount(tenantId: tenantId), prepared: prepared) == 1 else {
            throw StoreError.notEnrolled(tenantId: tenantId)
        }
    }

    /// Carries out the step, and journals it as done when it belongs to an apply: a create, grant
    /// or revoke in the one statement that makes the change. The caller has locked the account
    /// (``lockAccount()``) in the same transaction.
    ///
    /// - Parameter journal: The step's journal row; nil for a change that belongs to no apply.
    /// - Throws: ``StoreError/stepRejected(step:reason:)`` when the step does not fit its state.
    func apply(_ step: PlanStep, journal: StepStatements.JournalRow?) async throws {
        let key = step.target.lowercased()
        switch step.kind {
        case .profileUpdate:
            for change in step.changes {
                if let value = change.after {
                    try await connection.run(
                        """
                        INSERT INTO partnerctl.profile_fields (tenant_id, path, value) VALUES (\(tenantId), \(change.field), \(value))
                        ON CONFLICT (tenant_id, path) DO UPDATE SET value = excluded.value
                        """)
                } else {
                    try await connection.run(
                        """
                        DELETE FROM partnerctl.profile_fields WHERE tenant_id = \(tenantId) AND path = \(change.field)
                        """)
                }
            }
        case .userCreate:
            let user = UserState(creating: step)
            let inserted = try await connection.run(
                StepStatements.CreateUser(
                    tenantId: tenantId, key: key, userPrincipalName: user.userPrincipalName,
                    displayName: user.displayName, firstName: user.firstName, lastName: user.lastName,
                    usageLocation: user.usageLocation, enabled: user.enabled, journal: journal),
                prepared: prepared)
            guard inserted == 1 else { throw reject(step, "user '\(step.target)' already exists") }
            return
        case .userUpdate:
            try await requireUser(key, step)
            for change in step.changes {
                guard let field = UserField(rawValue: change.field) else { continue }
                try await connection.run(update(field, to: change.after, key: key))
            }
        case .userEnable, .userDisable:
            try await requireUser(key, step)
            try await connection.run(
                """
                UPDATE partnerctl.users SET enabled = \(step.kind == .userEnable) WHERE tenant_id = \(tenantId) AND user_key = \(key)
                """)
        case .userDelete:
            let deleted = try await connection.run(
                """
                DELETE FROM partnerctl.users WHERE tenant_id = \(tenantId) AND user_key = \(key) RETURNING 1
                """)
            guard deleted == 1 else { throw reject(step, "user '\(step.target)' does not exist") }
        case .roleGrant, .roleRevoke:
            guard let role = step.role else { throw reject(step, "step '\(step.summary)' names no role") }
            // One statement checks that the user exists and changes the role: a row when it does.
            let found =
                step.kind == .roleGrant
                ? try await connection.run(
                    StepStatements.GrantRole(tenantId: tenantId, key: key, role: role.rawValue, journal: journal),
                    prepared: prepared)
                : try await connection.run(
                    StepStatements.RevokeRole(tenantId: tenantId, key: key, role: role.rawValue, journal: journal),
                    prepared: prepared)
            guard found == 1 else { throw reject(step, "user '\(step.target)' does not exist") }
            return
        case .catalogShow, .catalogHide:
            let updated = try await connection.run(
                """
                UPDATE partnerctl.offers SET hidden = \(step.kind == .catalogHide)
                WHERE tenant_id = \(tenantId) AND offer_id = \(step.target)
                RETURNING 1
                """)
            guard updated == 1 else { throw reject(step, "offer '\(step.target)' is not in the catalog") }
        }
        if let journal {
            try await connection.run(
                StepStatements.JournalDone(applyId: journal.applyId, index: journal.index, step: journal.step),
                prepared: prepared)
        }
    }

    /// The statement that sets one user field. The column name is one of this function's
    /// constants, never input.
    private func update(_ field: UserField, to value: String?, key: String) -> PostgresQuery {
        let column: String
        switch field {
        case .displayName: column = "display_name"
        case .firstName: column = "first_name"
        case .lastName: column = "last_name"
        case .usageLocation: column = "usage_location"
        }
        return """
            UPDATE partnerctl.users SET \(unescaped: column) = \(value) WHERE tenant_id = \(tenantId) AND user_key = \(key)
            """
    }

    private func requireUser(_ key: String, _ step: PlanStep) async throws {
        let exists = try await connection.run(
            StepStatements.UserExists(tenantId: tenantId, key: key), prepared: prepared)
        guard exists == 1 else { throw reject(step, "user '\(step.target)' does not exist") }
    }

    private func reject(_ step: PlanStep, _ reason: String) -> StoreError {
        StoreError.stepRejected(step: step.summary, reason: reason)
    }
}
