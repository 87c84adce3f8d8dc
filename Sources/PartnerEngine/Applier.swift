import Foundation
public import PartnerModel

/// Carries out plans against a store: under the account's lock, independent steps at once up
/// to a parallelism, each journaled with its change; stops at the first failure.
public struct Applier: Sendable {
    /// The store the account lives in.
    public let store: any AccountStore
    /// Who is applying (recorded with the lock and in history).
    public let holder: LockHolder
    /// How to wait for a held lock.
    public let lockPolicy: LockPolicy
    /// Told about progress.
    public let delegate: any ApplyDelegate

    /// Creates an applier.
    public init(
        store: any AccountStore, holder: LockHolder, lockPolicy: LockPolicy = LockPolicy(), delegate: any ApplyDelegate
    ) {
        self.store = store
        self.holder = holder
        self.lockPolicy = lockPolicy
        self.delegate = delegate
    }

    /// Runs `body` holding the account's lock, and releases it afterwards, however `body` ends.
    ///
    /// A lock held by a process of this host that no longer exists is broken (and the delegate
    /// told); a live holder is waited for up to the policy's timeout. Once the lock is held, any
    /// apply of the account still recorded as running is marked interrupted: every apply runs
    /// under the lock, so its process is gone (killed, or its machine lost, which ends a
    /// PostgreSQL lock by itself).
    ///
    /// - Throws: ``StoreError/lockHeld(_:)`` when the lock is still held after the timeout.
    public func withLock<T: Sendable>(tenantId: String, _ body: () async throws -> T) async throws -> T {
        let lock = try await acquire(tenantId: tenantId)
        do {
            try await store.interruptRunningApplies(tenantId: tenantId)
            let result = try await body()
            try await store.releaseLock(lock)
            return result
        } catch {
            try? await store.releaseLock(lock)
            throw error
        }
    }

    private func acquire(tenantId: String) async throws -> AccountLock {
        let deadline = ContinuousClock.now + lockPolicy.timeout
        var told = false
        while true {
            do {
                return try await store.acquireLock(tenantId: tenantId, holder: holder)
            } catch StoreError.lockHeld(let lock) {
                if lock.holder.host == holder.host, !ProcessProbe.isAlive(lock.holder.pid) {
                    do {
                        _ = try await store.breakLock(id: lock.id)
                        delegate.brokeStaleLock(lock)
                        continue
                    } catch {
                        // A lock that cannot be broken (a full disk, a read-only store) is
                        // waited for like a live one, and its store's error is what the
                        // caller gets at the deadline.
                        guard ContinuousClock.now < deadline else { throw error }
                    }
                } else {
                    guard ContinuousClock.now < deadline else { throw StoreError.lockHeld(lock) }
                    if !told {
                        delegate.waitingForLock(held: lock)
                        told = true
                    }
                }
                try await Task.sleep(for: lockPolicy.pollInterval)
            }
        }
    }

    /// Carries out a plan's steps, up to `parallelism` at once (at most what the store accepts,
    /// ``AccountStore/maxConcurrentSteps``), in an order that keeps the plan's safety: see
    /// ``StepSchedule``. The caller holds the lock.
    ///
    /// A `user.create` step gets a new temporary password, which `passwords` records before the
    /// step starts (with those of the creates that follow it, in one write) and confirms after it.
    /// Once `shouldStop` gives a reason, or a step fails, no further step starts; the steps
    /// already running finish and are journaled.
    ///
    /// A store that commits several steps in one transaction (``AccountStore/maxStepsPerTransaction``
    /// above 1, one step at a time) gets consecutive steps in batches, with the same outcome as
    /// one transaction per step: see ``executeInBatches(_:tenantId:applyId:passwords:shouldStop:report:recorded:)``.
    ///
    /// - Parameters:
    ///   - origin: What the plan was made from, recorded with the apply for `history`.
    ///   - passwords: Where new users' passwords go; required when the plan creates users.
    ///   - parallelism: How many steps may run at once (1 or more).
    ///   - shouldStop: Asked before each step starts: nil to go on, or why to stop.
    /// - Returns: What was done, what failed and what was not started.
    /// - Throws: ``ApplierError/passwordsNeeded(_:)`` before anything runs when the plan creates
    ///   users and `passwords` is nil; a store error only when the store cannot record the apply.
    public func execute(
        _ plan: Plan, origin: ApplyOrigin = .unknown, passwords: (any PasswordRecorder)? = nil,
        parallelism: Int = 1,
        shouldStop: @Sendable () -> String? = { nil }
    ) async throws -> ApplyReport {
        let creates = plan.steps.filter { $0.kind == .userCreate }.count
        if creates > 0, passwords == nil { throw ApplierError.passwordsNeeded(creates) }
        let tenantId = plan.account.tenantId
        let steps = plan.steps
        let total = steps.count
        let width = max(1, min(parallelism, store.maxConcurrentSteps))
        let applyId = try await store.beginApply(tenantId: tenantId, holder: holder, stepCount: total, origin: origin)
        var report = ApplyReport(applyId: applyId, done: [], failure: nil, stopReason: nil, notStarted: [])
        // Passwords recorded for creates that have not started yet, by step offset.
        var recorded = PasswordsAhead()
        if width == 1, store.maxStepsPerTransaction > 1 {
            let progress = await executeInBatches(
                steps, tenantId: tenantId, applyId: applyId, passwords: passwords, shouldStop: shouldStop,
                report: &report, recorded: &recorded)
            report.done = Array(steps[..<progress.done])
            report.notStarted = Array(steps[progress.started...])
        } else {
            await executeConcurrently(
                steps, tenantId: tenantId, applyId: applyId, width: width, passwords: passwords,
                shouldStop: shouldStop, report: &report, recorded: &recorded)
        }
        for offset in recorded.waiting.keys.sorted() {
            try? passwords?.confirm(userPrincipalName: steps[offset].target, .skipped)
        }
        let status: ApplyRecord.Status =
            report.failure != nil ? .failed : report.stopReason != nil ? .interrupted : .succeeded
        do {
            try await store.finishApply(id: applyId, status: status)
        } catch {
            // An apply that lost its lock may not be able to write its end; what it did is in
            // the journal, and the next lock holder marks it interrupted.
            guard case StoreError.lockLost = error else { throw error }
        }
        return report
    }

    /// Runs the steps as tasks, up to `width` at once in ``StepSchedule`` order, each its own
    /// call to the store (``execute(_:origin:passwords:parallelism:shouldStop:)`` tells
    /// the rules).
    private func executeConcurrently(
        _ steps: [PlanStep], tenantId: String, applyId: String, width: Int, passwords: (any PasswordRecorder)?,
        shouldStop: () -> String?, report: inout ApplyReport, recorded: inout PasswordsAhead
    ) async {
        let total = steps.count
        var schedule = StepSchedule(steps)
        var done = Set<Int>()
        var running = 0
        let store = self.store
        await withTaskGroup(of: Finished.self) { group in
            var stopping = false
            while true {
                // Start what may start.
                while !stopping, running < width, let offset = schedule.nextReady() {
                    if let reason = shouldStop() {
                        report.stopReason = reason
                        stopping = true
                        break
                    }
                    let step = steps[offset]
                    var context = StepContext(tenantId: tenantId, applyId: applyId, index: offset + 1)
                    if step.kind == .userCreate, let passwords {
                        do {
                            context.newUserPassword = try recorded.take(for: offset, of: steps, in: passwords)
                        } catch {
                            await failUnstarted(
                                step, index: offset + 1, of: total, applyId: applyId, error: error, report: &report)
                            schedule.started(offset)
                            stopping = true
                            break
                        }
                    }
                    schedule.started(offset)
                    running += 1
                    delegate.willExecute(step, index: offset + 1, of: total)
                    let stepContext = context
                    group.addTask {
                        let start = ContinuousClock.now
                        do {
                            try await store.execute(step, context: stepContext)
                            return Finished(offset: offset, error: nil, start: start, context: stepContext)
                        } catch {
                            return Finished(offset: offset, error: error, start: start, context: stepContext)
                        }
                    }
                }
                guard running > 0, let finished = await group.next() else { break }
                running -= 1
                let offset = finished.offset
                let step = steps[offset]
                let seconds = Self.seconds(since: finished.start)
                schedule.finished(offset)
                if let error = finished.error {
                    fail(
                        (step, finished.context), error: error, seconds: seconds, total: total, passwords: passwords,
                        report: &report)
                    await journalFailure((step, finished.context), error: error)
                    stopping = true
                    continue
                }
                if finished.context.newUserPassword != nil,
                    !confirmCreated(step, context: finished.context, passwords: passwords, report: &report)
                {
                    stopping = true
                }
                delegate.didExecute(step, index: offset + 1, of: total, error: nil, seconds: seconds)
                done.insert(offset)
            }
        }
        report.done = done.sorted().map { steps[$0] }
        report.notStarted = schedule.notStarted.map { steps[$0] }
    }

    /// A step's end, as the task that ran it reports it.
    private struct Finished: Sendable {
        var offset: Int
        var error: (any Error)?
        var start: ContinuousClock.Instant
        var context: StepContext
    }

    /// The most steps an apply runs at once (`--parallelism`).
    public static let maxParallelism = 64

    /// Records, in one durable write, new passwords for the run of `user.create` steps starting at
    /// `offset` (at most ``passwordBatch`` of them): one disk sync for many creates, each password
    /// still on disk before its step runs.
    ///
    /// - Returns: The passwords by step offset.
    static func recordPasswords(
        from offset: Int, of steps: [PlanStep], skipping recordedBefore: Set<Int>, in passwords: any PasswordRecorder
    ) throws -> [Int: String] {
        var batch: [Int: String] = [:]
        var entries: [NewPassword] = []
        for next in offset..<min(steps.count, offset + passwordBatch)
        where steps[next].kind == .userCreate && !recordedBefore.contains(next) {
            let password = TemporaryPassword.make()
            batch[next] = password
            entries.append(NewPassword(userPrincipalName: steps[next].target, password: password))
        }
        do {
            try passwords.record(entries)
        } catch {
            throw ApplierError.passwordNotRecorded(DisplayText.recorded(error))
        }
        return batch
    }

    /// How many creates' passwords are recorded ahead in one write.
    static let passwordBatch = 1_000

    /// An error as display text for the report: its raw text escaped once, whatever its type
    /// (a value-quoting error's values, or a driver's whole description).
    static func shown(_ error: any Error) -> String {
        DisplayText.escaped(DisplayText.recorded(error))
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
