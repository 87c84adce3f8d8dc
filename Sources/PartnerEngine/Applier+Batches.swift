import Foundation
import PartnerModel

extension Applier {
    /// How far a plan run in batches got: the steps before `done` are done, those before
    /// `started` were started (the one between, if any, failed).
    struct BatchProgress {
        var done = 0
        var started = 0
    }

    /// Carries out the steps in plan order, one at a time as far as the account can tell, with
    /// consecutive steps committed together in one transaction of the store (group commit,
    /// ``AccountStore/execute(batch:)``), batches sized by ``StepBatchSizer``.
    ///
    /// What the report, the journal, the passwords and the delegate say is what one transaction
    /// per step gives: a batch that fails is rolled back whole and run again one step per
    /// transaction, so its steps before the failing one are done, that one failed, and the rest
    /// not started. `shouldStop` is asked before each step joins a batch; the steps of a batch
    /// already running finish and commit. A batch's steps are reported started when it starts,
    /// and done only once it committed, after their users' passwords were confirmed.
    func executeInBatches(
        _ steps: [PlanStep], tenantId: String, applyId: String, passwords: (any PasswordRecorder)?,
        shouldStop: () -> String?, report: inout ApplyReport, recorded: inout PasswordsAhead
    ) async -> BatchProgress {
        var progress = BatchProgress()
        var sizer = StepBatchSizer(limit: store.maxStepsPerTransaction)
        var stopping = false
        while !stopping, progress.started < steps.count {
            // Gather the steps that start together.
            var batch: [(step: PlanStep, context: StepContext)] = []
            var unrecorded: (offset: Int, error: any Error)?
            while batch.count < sizer.size, progress.started + batch.count < steps.count {
                if let reason = shouldStop() {
                    report.stopReason = reason
                    stopping = true
                    break
                }
                let offset = progress.started + batch.count
                var context = StepContext(tenantId: tenantId, applyId: applyId, index: offset + 1)
                if steps[offset].kind == .userCreate, let passwords {
                    do {
                        context.newUserPassword = try recorded.take(for: offset, of: steps, in: passwords)
                    } catch {
                        unrecorded = (offset, error)
                        break
                    }
                }
                batch.append((steps[offset], context))
            }
            if !batch.isEmpty {
                progress.started += batch.count
                let outcome = await run(
                    batch, of: steps.count, passwords: passwords, sizer: &sizer, report: &report, recorded: &recorded)
                progress.done += outcome.done
                if outcome.done < batch.count { progress.started -= batch.count - outcome.done - 1 }
                if outcome.stop { break }
            }
            if let unrecorded {
                await failUnstarted(
                    steps[unrecorded.offset], index: unrecorded.offset + 1, of: steps.count, applyId: applyId,
                    error: unrecorded.error, report: &report)
                progress.started += 1
                break
            }
        }
        return progress
    }

    /// Runs one batch: in one transaction when it has several steps, again one step per
    /// transaction when that fails.
    ///
    /// - Returns: How many of its steps are done (a prefix), and whether the apply must stop.
    private func run(
        _ batch: [(step: PlanStep, context: StepContext)], of total: Int, passwords: (any PasswordRecorder)?,
        sizer: inout StepBatchSizer, report: inout ApplyReport, recorded: inout PasswordsAhead
    ) async -> (done: Int, stop: Bool) {
        for (step, context) in batch { delegate.willExecute(step, index: context.index, of: total) }
        let start = ContinuousClock.now
        do {
            if batch.count == 1 {
                try await store.execute(batch[0].step, context: batch[0].context)
            } else {
                try await store.execute(batch: batch)
            }
        } catch {
            if batch.count == 1 {
                fail(
                    batch[0], error: error, seconds: Self.seconds(since: start), total: total, passwords: passwords,
                    report: &report)
                await journalFailure(batch[0], error: error)
                return (0, true)
            }
            // Nothing of the batch was committed: one step per transaction tells which failed.
            return await runOneByOne(batch, of: total, passwords: passwords, report: &report, recorded: &recorded)
        }
        let seconds = Self.seconds(since: start)
        sizer.record(steps: batch.count, seconds: seconds)
        // Committed. The passwords first, so a created user's line says `pending` only briefly.
        var stop = false
        for (step, context) in batch where context.newUserPassword != nil {
            if !confirmCreated(step, context: context, passwords: passwords, report: &report) { stop = true }
        }
        let share = seconds / Double(batch.count)
        for (step, context) in batch {
            delegate.didExecute(step, index: context.index, of: total, error: nil, seconds: share)
        }
        return (batch.count, stop)
    }

    /// Runs a batch's steps one per transaction, as a store without group commit does, stopping
    /// at the first that fails; the passwords of the steps after it go back to `recorded`, to be
    /// confirmed as never used.
    private func runOneByOne(
        _ batch: [(step: PlanStep, context: StepContext)], of total: Int, passwords: (any PasswordRecorder)?,
        report: inout ApplyReport, recorded: inout PasswordsAhead
    ) async -> (done: Int, stop: Bool) {
        var stop = false
        for (position, (step, context)) in batch.enumerated() {
            let start = ContinuousClock.now
            do {
                try await store.execute(step, context: context)
            } catch {
                fail(
                    (step, context), error: error, seconds: Self.seconds(since: start), total: total,
                    passwords: passwords, report: &report)
                await journalFailure((step, context), error: error)
                for (_, later) in batch.dropFirst(position + 1) {
                    if let password = later.newUserPassword { recorded.waiting[later.index - 1] = password }
                }
                return (position, true)
            }
            if context.newUserPassword != nil,
                !confirmCreated(step, context: context, passwords: passwords, report: &report)
            {
                stop = true
            }
            delegate.didExecute(step, index: context.index, of: total, error: nil, seconds: Self.seconds(since: start))
        }
        return (batch.count, stop)
    }
}
