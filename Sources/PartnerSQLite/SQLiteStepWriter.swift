import GRDB
import PartnerModel

/// Turns one plan step into SQL inside the caller's transaction, checking that it fits the state
/// the same way ``PartnerModel/AccountState/apply(_:)`` does.
struct SQLiteStepWriter {
    let db: Database
    let tenantId: String

    func apply(_ step: PlanStep) throws {
        let key = step.target.lowercased()
        switch step.kind {
        case .profileUpdate:
            for change in step.changes {
                if let value = change.after {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO profile_fields (tenant_id, path, value) VALUES (?, ?, ?)
                            ON CONFLICT (tenant_id, path) DO UPDATE SET value = excluded.value
                            """
                    ).execute(arguments: [tenantId, change.field, value])
                } else {
                    try db.cachedStatement(sql: "DELETE FROM profile_fields WHERE tenant_id = ? AND path = ?").execute(
                        arguments: [tenantId, change.field])
                }
            }
        case .userCreate:
            guard try !userExists(key) else { throw reject(step, "user '\(step.target)' already exists") }
            let user = UserState(creating: step)
            try db.cachedStatement(
                sql: """
                    INSERT INTO users (tenant_id, user_key, user_principal_name, display_name, first_name, last_name, usage_location, enabled)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                tenantId, key, user.userPrincipalName, user.displayName, user.firstName, user.lastName,
                user.usageLocation, user.enabled,
            ])
        case .userUpdate:
            try requireUser(key, step)
            for change in step.changes {
                guard let field = UserField(rawValue: change.field) else { continue }
                try db.cachedStatement(
                    sql: "UPDATE users SET \(Self.column(field)) = ? WHERE tenant_id = ? AND user_key = ?"
                ).execute(arguments: [change.after, tenantId, key])
            }
        case .userEnable, .userDisable:
            try requireUser(key, step)
            try db.cachedStatement(sql: "UPDATE users SET enabled = ? WHERE tenant_id = ? AND user_key = ?").execute(
                arguments: [step.kind == .userEnable, tenantId, key])
        case .userDelete:
            try requireUser(key, step)
            try db.cachedStatement(sql: "DELETE FROM users WHERE tenant_id = ? AND user_key = ?").execute(arguments: [
                tenantId, key,
            ])
        case .roleGrant, .roleRevoke:
            guard let role = step.role else { throw reject(step, "the step names no role") }
            try requireUser(key, step)
            if step.kind == .roleGrant {
                try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO user_roles (tenant_id, user_key, role) VALUES (?, ?, ?)"
                ).execute(arguments: [tenantId, key, role.rawValue])
            } else {
                try db.cachedStatement(sql: "DELETE FROM user_roles WHERE tenant_id = ? AND user_key = ? AND role = ?")
                    .execute(arguments: [tenantId, key, role.rawValue])
            }
        case .catalogShow, .catalogHide:
            try db.cachedStatement(sql: "UPDATE offers SET hidden = ? WHERE tenant_id = ? AND offer_id = ?").execute(
                arguments: [step.kind == .catalogHide, tenantId, step.target])
            guard db.changesCount == 1 else { throw reject(step, "offer '\(step.target)' is not in the catalog") }
        }
    }

    private static func column(_ field: UserField) -> String {
        switch field {
        case .displayName: return "display_name"
        case .firstName: return "first_name"
        case .lastName: return "last_name"
        case .usageLocation: return "usage_location"
        }
    }

    private func userExists(_ key: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM users WHERE tenant_id = ? AND user_key = ?"),
            arguments: [tenantId, key]) != nil
    }

    private func requireUser(_ key: String, _ step: PlanStep) throws {
        guard try userExists(key) else { throw reject(step, "user '\(step.target)' does not exist") }
    }

    private func reject(_ step: PlanStep, _ reason: String) -> StoreError {
        StoreError.stepRejected(step: step.summary, reason: reason)
    }
}
