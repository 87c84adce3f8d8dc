import PartnerModel

extension Applier {
    /// Fails a step that never ran because its new user's password could not be recorded:
    /// reported started and failed, journaled failed, and the report's failure.
    func failUnstarted(
        _ step: PlanStep, index: Int, of total: Int, applyId: String, error: any Error, report: inout ApplyReport
    ) async {
        delegate.willExecute(step, index: index, of: total)
        delegate.didExecute(step, index: index, of: total, error: error, seconds: 0)
        try? await store.recordFailure(applyId: applyId, index: index, step: step, error: DisplayText.recorded(error))
        report.failure = (step, Self.shown(error))
    }

    /// Marks a created user's password line; a failure to do so is reported and stops the
    /// apply, never undoes the step.
    ///
    /// - Returns: Whether the line was marked.
    func confirmCreated(
        _ step: PlanStep, context: StepContext, passwords: (any PasswordRecorder)?, report: inout ApplyReport
    ) -> Bool {
        // A user an interrupted apply created has that apply's password, not this one.
        let outcome: NewPassword.Outcome = context.outcome.userCreatedEarlier ? .refused : .created
        do {
            try passwords?.confirm(userPrincipalName: step.target, outcome)
            return true
        } catch {
            if report.stopReason == nil {
                report.stopReason = "\(ApplierError.passwordNotRecorded(DisplayText.recorded(error)))"
            }
            return false
        }
    }

    /// Reports a step that failed: its password refused, the delegate told, the report's failure
    /// (or one of its further failures, when steps ran at once).
    func fail(
        _ item: (step: PlanStep, context: StepContext), error: any Error, seconds: Double, total: Int,
        passwords: (any PasswordRecorder)?, report: inout ApplyReport
    ) {
        if item.context.newUserPassword != nil {
            try? passwords?.confirm(userPrincipalName: item.step.target, .refused)
        }
        delegate.didExecute(item.step, index: item.context.index, of: total, error: error, seconds: seconds)
        if report.failure == nil {
            report.failure = (item.step, Self.shown(error))
        } else {
            report.alsoFailed.append((item.step, Self.shown(error)))
        }
    }

    /// Journals a failed step (unescaped; `history` escapes it when it shows it).
    func journalFailure(_ item: (step: PlanStep, context: StepContext), error: any Error) async {
        try? await store.recordFailure(
            applyId: item.context.applyId, index: item.context.index, step: item.step,
            error: DisplayText.recorded(error))
    }
}
