import GRDB
public import PartnerModel

extension SQLiteStore: DirectChanges {
    /// Makes one change in one write transaction with ``SQLiteStepWriter``, journaling nothing.
    public func change(_ step: PlanStep, tenantId: String) async throws {
        do {
            try await database.write { db in
                guard
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE tenant_id = ?", arguments: [tenantId])
                        != nil
                else { throw StoreError.notEnrolled(tenantId: tenantId) }
                try SQLiteStepWriter(db: db, tenantId: tenantId).apply(step)
            }
        } catch {
            throw Self.storeError(error, operation: "direct \(step.kind.rawValue)")
        }
    }
}
