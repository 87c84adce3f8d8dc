import PostgresNIO

extension PostgresConnection {
    /// Runs a statement and drains its rows.
    ///
    /// - Returns: How many rows it returned (with `RETURNING`, how many rows it changed).
    @discardableResult
    func run(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await self.query(query, logger: PostgresStore.logger) { count += 1 }
        return count
    }

    /// The first column of the first row a query returns, or nil when it returns no row.
    func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        var result: Value?
        for try await row in try await self.query(query, logger: PostgresStore.logger) where result == nil {
            result = try row.decode(Value.self)
        }
        return result
    }

    /// The first row a query returns, or nil when it returns none.
    func firstRow(_ query: PostgresQuery) async throws -> PostgresRow? {
        var result: PostgresRow?
        for try await row in try await self.query(query, logger: PostgresStore.logger) where result == nil {
            result = row
        }
        return result
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// Unlike PostgresNIO's `withTransaction`, errors reach the caller as thrown (a step rejected
    /// inside stays a ``PartnerModel/StoreError``). When the rollback itself fails the connection
    /// is closed, so a pool never hands out a connection stuck in a transaction.
    ///
    /// - Parameter begin: The statement that opens the transaction (an isolation level, read only).
    func transaction<Result>(
        begin: PostgresQuery = "BEGIN", _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        try await run(begin)
        let result: Result
        do {
            result = try await body(self)
        } catch {
            do {
                try await run("ROLLBACK")
            } catch {
                try? await close()
            }
            throw error
        }
        try await run("COMMIT")
        return result
    }
}
