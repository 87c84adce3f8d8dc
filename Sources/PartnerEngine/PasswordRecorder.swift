public import PartnerModel

/// Where new users' temporary passwords go: each one is recorded, durably, before the step that
/// creates its user runs, and confirmed once the step's outcome is known, so the record always
/// holds the password of every user the account has gained.
public protocol PasswordRecorder: Sendable {
    /// Records a password before its user is created; throwing stops the apply before the step.
    func record(userPrincipalName: String, password: String) throws
    /// Records whether the user was created (false: the step failed; the password was never used).
    func confirm(userPrincipalName: String, created: Bool) throws
}
