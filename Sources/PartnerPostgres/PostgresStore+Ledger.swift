import Foundation
public import PartnerModel
import PostgresNIO

extension PostgresStore {
    // MARK: - Lock

    /// Takes the account's lock: a session-level advisory lock on a connection of its own, plus a
    /// `locks` row naming the holder.
    ///
    /// The lock lasts until ``releaseLock(_:)``, ``breakLock(id:)``, or the end of its connection
    /// (the holder's process dies, its machine drops off the network): the server then frees the
    /// advisory lock, and the next holder replaces the stale row.
    public func acquireLock(tenantId: String, holder: LockHolder) async throws -> AccountLock {
        let operation = "acquire lock"
        let key = AdvisoryLockKey.account(tenantId: tenantId)
        // Keepalives from the server's side and no idle-session timeout, from the session's start.
        let connection = try await Self.connect(settings, operation: operation, holdsLock: true)
        do {
            let lockId = UUID().uuidString.lowercased()
            // The advisory lock and its row are taken by one statement, so a loser finds the row
            // as soon as the winner's statement commits. A loser that finds the lock held but no
            // row yet (the winner is still committing, or just gave the lock back) tries again.
            let deadline = ContinuousClock.now + Self.holderRowWait
            while true {
                if let row = try await connection.firstRow(
                    """
                    INSERT INTO partnerctl.locks
                        (tenant_id, lock_id, lock_key, holder_user, holder_host, holder_pid, command, acquired_at, backend_pid)
                    SELECT \(tenantId), \(lockId), \(key), \(holder.user), \(holder.host), \(holder.pid), \(holder.command),
                           now(), pg_backend_pid()
                    WHERE pg_try_advisory_lock(\(key))
                    ON CONFLICT (tenant_id) DO UPDATE SET
                        lock_id = excluded.lock_id, lock_key = excluded.lock_key, holder_user = excluded.holder_user,
                        holder_host = excluded.holder_host, holder_pid = excluded.holder_pid, command = excluded.command,
                        acquired_at = excluded.acquired_at, backend_pid = excluded.backend_pid
                    RETURNING acquired_at
                    """)
                {
                    let lock = AccountLock(
                        id: lockId, tenantId: tenantId, holder: holder, acquiredAt: try row.decode(Date.self))
                    await lockSessions.add(LockSession(lock: lock, connection: connection))
                    return lock
                }
                if let held = try await Self.holder(connection, tenantId: tenantId) { throw StoreError.lockHeld(held) }
                guard ContinuousClock.now < deadline else {
                    throw StoreError.backend(
                        operation: "postgres acquire lock",
                        message:
                            "the account's advisory lock (key \(key)) is held by a session that recorded no holder; "
                            + "try again, or look for it in pg_locks")
                }
                try await Task.sleep(for: .milliseconds(50))
            }
        } catch {
            // Closing the session frees the advisory lock if it was taken.
            try? await connection.close()
            throw Self.storeError(error, operation: operation, password: settings.password)
        }
    }

    /// Gives the lock back: removes its row and ends its session. A lock this store does not hold
    /// (released already, broken, or its session gone) only has its row removed if no session
    /// holds the account's advisory lock under that row any more.
    public func releaseLock(_ lock: AccountLock) async throws {
        if let session = await lockSessions.remove(lockId: lock.id), await session.end() {
            return
        }
        try await transaction("release lock") { connection in
            try await connection.run(
                """
                DELETE FROM partnerctl.locks l WHERE l.lock_id = \(lock.id) AND NOT \(unescaped: Self.heldByItsSession)
                """)
        }
    }

    /// Breaks a lock by id: ends the session holding it (`pg_terminate_backend`, waiting up to
    /// 10 seconds for it to go), then removes its row.
    ///
    /// Breaking a lock does not stop its holder's process: only its lock ends. Use it for holders
    /// that died or hang.
    public func breakLock(id: String) async throws -> AccountLock {
        let lock = try await transaction("break lock", readOnly: true) { connection in
            try await Self.lock(connection, "SELECT * FROM partnerctl.locks WHERE lock_id = \(id)")
        }
        guard let lock else { throw StoreError.noSuchLock(id) }
        if let session = await lockSessions.remove(lockId: id), await session.end() {
            return lock
        }
        try await transaction("break lock") { connection in
            // Only a session that holds this account's advisory lock under this very row is ended:
            // never a session that merely reuses a dead holder's process id.
            let ended = try await connection.value(
                """
                SELECT pg_terminate_backend(l.backend_pid, 10000) FROM partnerctl.locks l
                WHERE l.lock_id = \(id) AND \(unescaped: Self.heldByItsSession)
                """, as: Bool.self)
            if ended == false {
                throw StoreError.backend(
                    operation: "postgres break lock",
                    message: "the holder's session did not end within 10 seconds")
            }
            try await connection.run("DELETE FROM partnerctl.locks WHERE lock_id = \(id)")
        }
        return lock
    }

    /// How long a loser looks for the row of a holder whose advisory lock it sees: the row commits
    /// with the statement that took the lock, so this only has to outlast a commit on a busy server.
    static let holderRowWait = Duration.seconds(10)

    /// The holder of an account's lock: its `locks` row, if the row's session holds the advisory
    /// lock (a row left by a dead holder does not count).
    private static func holder(_ connection: PostgresConnection, tenantId: String) async throws -> AccountLock? {
        try await lock(
            connection,
            "SELECT * FROM partnerctl.locks l WHERE l.tenant_id = \(tenantId) AND \(unescaped: heldByItsSession)")
    }

    /// SQL that is true when the session named by the `locks` row `l` holds the row's advisory
    /// lock. A `bigint` advisory key shows in `pg_locks` as its high half in `classid`, its low
    /// half in `objid`, and `objsubid` 1. A constant: the only text spliced into queries unbound.
    static let heldByItsSession = """
        EXISTS (
            SELECT 1 FROM pg_locks p
            WHERE p.locktype = 'advisory' AND p.granted AND p.pid = l.backend_pid
                AND p.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND p.classid::bigint = ((l.lock_key >> 32) & 4294967295)
                AND p.objid::bigint = (l.lock_key & 4294967295)
                AND p.objsubid = 1)
        """

    private static func lock(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> AccountLock? {
        guard let row = try await connection.firstRow(query) else { return nil }
        let columns = row.makeRandomAccess()
        return AccountLock(
            id: try columns["lock_id"].decode(String.self), tenantId: try columns["tenant_id"].decode(String.self),
            holder: LockHolder(
                user: try columns["holder_user"].decode(String.self),
                host: try columns["holder_host"].decode(String.self),
                pid: try columns["holder_pid"].decode(Int32.self), command: try columns["command"].decode(String.self)),
            acquiredAt: try columns["acquired_at"].decode(Date.self))
    }

    // MARK: - Applies and journal

    public func beginApply(tenantId: String, holder: LockHolder, stepCount: Int, origin: ApplyOrigin) async throws
        -> String
    {
        let id = UUID().uuidString.lowercased()
        try await transaction("record apply") { connection in
            try await connection.run(
                """
                INSERT INTO partnerctl.applies
                    (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count,
                     config_hash, partnerctl_version)
                VALUES (\(id), \(tenantId), \(holder.user), \(holder.host), \(holder.pid), \(holder.command), now(),
                        'running', \(Int32(clamping: stepCount)), \(origin.configHash), \(origin.partnerctlVersion))
                """)
        }
        await lockSessions.begin(applyId: id, tenantId: tenantId)
        return id
    }

    /// Journals a step that failed. Written on the pool even when the apply's lock is lost: it
    /// changes no account state, and the history must say why the apply stopped.
    public func recordFailure(applyId: String, index: Int, step: PlanStep, error: String) async throws {
        try await transaction("journal failure") { connection in
            try await connection.run(
                """
                INSERT INTO partnerctl.journal (apply_id, step_index, step, status, error, recorded_at)
                VALUES (\(applyId), \(Int32(clamping: index)), \(step.summary), 'failed', \(error), now())
                ON CONFLICT (apply_id, step_index) DO UPDATE SET
                    step = excluded.step, status = excluded.status, error = excluded.error, recorded_at = excluded.recorded_at
                """)
        }
    }

    /// Records a live step's intent before its first request (``StepLedger``), picking up the
    /// request id of an unfinished intent of the same step, in one transaction.
    public func recordIntent(tenantId: String, applyId: String, index: Int, step: PlanStep, requestId: String)
        async throws -> StepIntent
    {
        let key = StepIntent.key(of: step)
        let position = Int32(clamping: index)
        let window = "\(StepIntent.resumeWindow.components.seconds) seconds"
        return try await transaction("journal intent") { connection in
            for try await own in try await connection.rows(
                "SELECT request_id FROM partnerctl.step_intents WHERE apply_id = \(applyId) AND step_index = \(position)"
            ).decode(String.self) {
                return StepIntent(requestId: own, resumed: false)
            }
            var intent = StepIntent(requestId: requestId, resumed: false)
            for try await (earlierApply, earlierIndex, earlierId) in try await connection.rows(
                """
                SELECT i.apply_id, i.step_index, i.request_id FROM partnerctl.step_intents i
                WHERE i.tenant_id = \(tenantId) AND i.step_key = \(key) AND NOT i.superseded
                  AND i.recorded_at > now() - \(window)::interval AND i.apply_id <> \(applyId)
                  AND NOT EXISTS (SELECT 1 FROM partnerctl.journal j
                                  WHERE j.apply_id = i.apply_id AND j.step_index = i.step_index AND j.status = 'done')
                ORDER BY i.recorded_at DESC LIMIT 1
                FOR UPDATE
                """
            ).decode((String, Int32, String).self) {
                intent = StepIntent(requestId: earlierId, resumed: true)
                try await connection.run(
                    """
                    UPDATE partnerctl.step_intents SET superseded = true
                    WHERE apply_id = \(earlierApply) AND step_index = \(earlierIndex)
                    """)
            }
            try await connection.run(
                """
                INSERT INTO partnerctl.step_intents (apply_id, step_index, tenant_id, step_key, step, request_id, recorded_at)
                VALUES (\(applyId), \(position), \(tenantId), \(key), \(step.summary), \(intent.requestId), now())
                """)
            return intent
        }
    }

    /// Journals a step another store carried out as done (``StepLedger``).
    public func recordDone(applyId: String, index: Int, step: PlanStep) async throws {
        try await transaction("journal step") { connection in
            try await connection.run(
                """
                INSERT INTO partnerctl.journal (apply_id, step_index, step, status, error, recorded_at)
                VALUES (\(applyId), \(Int32(clamping: index)), \(step.summary), 'done', NULL, now())
                ON CONFLICT (apply_id, step_index) DO UPDATE SET
                    step = excluded.step, status = excluded.status, error = excluded.error, recorded_at = excluded.recorded_at
                """)
        }
    }

    /// Records how an apply ended. Written on the pool even when the apply's lock is lost, as
    /// ``recordFailure(applyId:index:step:error:)`` is.
    public func finishApply(id: String, status: ApplyRecord.Status) async throws {
        await lockSessions.finish(applyId: id)
        try await transaction("finish apply") { connection in
            try await connection.run(
                """
                UPDATE partnerctl.applies SET status = \(status.rawValue), finished_at = now() WHERE apply_id = \(id)
                """)
        }
    }

    /// Marks the account's running applies interrupted. Under the account's lock when this store
    /// holds it, fenced as steps are: a holder that lost its lock must not mark the running apply
    /// of the one that took it over.
    public func interruptRunningApplies(tenantId: String) async throws {
        try await fencedTransaction("interrupt running applies", applyId: nil, tenantId: tenantId) { connection, _ in
            try await connection.run(
                """
                UPDATE partnerctl.applies SET status = 'interrupted', finished_at = now()
                WHERE tenant_id = \(tenantId) AND status = 'running'
                """)
        }
    }

    public func history(tenantId: String, limit: Int) async throws -> [ApplyRecord] {
        try await transaction("read history", readOnly: true) { connection in
            var records: [ApplyRecord] = []
            for try await row in try await connection.rows(
                """
                SELECT apply_id, holder_user, holder_host, holder_pid, command, started_at, finished_at, status, step_count,
                       config_hash, partnerctl_version
                FROM partnerctl.applies WHERE tenant_id = \(tenantId)
                ORDER BY started_at DESC, apply_seq DESC LIMIT \(Int64(max(limit, 0)))
                """)
            {
                let (id, user, host, pid, command, startedAt, finishedAt, status, stepCount, configHash, version) =
                    try row.decode(
                        (String, String, String, Int32, String, Date, Date?, String, Int32, String?, String?).self)
                records.append(
                    ApplyRecord(
                        id: id, tenantId: tenantId,
                        holder: LockHolder(user: user, host: host, pid: pid, command: command),
                        startedAt: startedAt, finishedAt: finishedAt,
                        status: ApplyRecord.Status(rawValue: status) ?? .running,
                        stepCount: Int(stepCount), journal: [],
                        origin: ApplyOrigin(configHash: configHash, partnerctlVersion: version)))
            }
            // Every journal in one query, not one per apply.
            var journals: [String: [JournalEntry]] = [:]
            for try await (applyId, index, step, status, error) in try await connection.rows(
                """
                SELECT apply_id, step_index, step, status, error FROM partnerctl.journal
                WHERE apply_id = ANY(\(records.map(\.id))::text[]) ORDER BY apply_id, step_index
                """
            ).decode((String, Int32, String, String, String?).self) {
                journals[applyId, default: []].append(
                    JournalEntry(
                        index: Int(index), step: step, status: JournalEntry.Status(rawValue: status) ?? .failed,
                        error: error))
            }
            for offset in records.indices { records[offset].journal = journals[records[offset].id] ?? [] }
            return records
        }
    }
}
