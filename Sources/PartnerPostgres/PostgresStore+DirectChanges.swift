public import PartnerModel

extension PostgresStore: DirectChanges {
    /// Makes one change in one transaction with ``PostgresStepWriter`` (which locks the account's
    /// row and rejects an account that does not exist), journaling nothing.
    public func change(_ step: PlanStep, tenantId: String) async throws {
        try await transaction("direct \(step.kind.rawValue)") { connection in
            let writer = PostgresStepWriter(connection: connection, tenantId: tenantId)
            try await writer.lockAccount()
            try await writer.apply(step, journal: nil)
        }
    }
}
