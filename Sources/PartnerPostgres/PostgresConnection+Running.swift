import PostgresNIO

extension PostgresConnection {
    /// Sends a query: the one place every query of the store goes through.
    ///
    /// A connection the server has closed (its backend terminated, the network gone) is refused
    /// here: PostgresNIO 1.33 drops a query written to a closed channel without ever completing
    /// it, so the caller would wait forever.
    ///
    /// - Throws: ``ConnectionClosed`` when the connection is closed; PostgresNIO's errors otherwise.
    func rows(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        guard !isClosed else { throw ConnectionClosed() }
        return try await self.query(query, logger: PostgresStore.logger)
    }

    /// Runs a statement and drains its rows.
    ///
    /// - Returns: How many rows it returned (with `RETURNING`, how many rows it changed).
    @discardableResult
    func run(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await rows(query) { count += 1 }
        return count
    }

    /// The first row a query returns, or nil when it returns none.
    func firstRow(_ query: PostgresQuery) async throws -> PostgresRow? {
        var result: PostgresRow?
        for try await row in try await rows(query) where result == nil {
            result = row
        }
        return result
    }

    /// The first column of the first row a query returns, or nil when it returns no row.
    func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        try await firstRow(query)?.decode(Value.self)
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// Unlike PostgresNIO's `withTransaction`, errors reach the caller as thrown (a step rejected
    /// inside stays a ``PartnerModel/StoreError``). When the rollback itself fails the connection
    /// is closed, so a pool never hands out a connection stuck in a transaction.
    ///
    /// - Parameter begin: The statement that opens the transaction (an isolation level, read only).
    func transaction<Result: Sendable>(
        begin: PostgresQuery = "BEGIN", _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
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

/// A query was not sent because its connection is closed.
struct ConnectionClosed: Error, CustomStringConvertible {
    var description: String { "the connection is closed" }
}
