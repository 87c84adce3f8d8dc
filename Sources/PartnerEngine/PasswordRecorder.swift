/// Where new users' temporary passwords go: recorded, durably, before the steps that create
/// their users run, and confirmed once each step's outcome is known, so the record always holds
/// the password of every user the account has gained.
public protocol PasswordRecorder: Sendable {
    /// Records passwords, in one durable write, before any of their users is created; throwing
    /// stops the apply before those steps.
    func record(_ passwords: [NewPassword]) throws
    /// Records what became of a recorded password's user.
    func confirm(userPrincipalName: String, _ outcome: NewPassword.Outcome) throws
}

/// A new user's temporary password, as recorded before the user is created.
public struct NewPassword: Hashable, Sendable {
    /// What became of the user a password was made for.
    public enum Outcome: String, Hashable, Sendable {
        /// Recorded; the step may or may not have run (the process stopped before it could say).
        case pending
        /// The user was created with this password.
        case created
        /// The create step failed: the password was never used.
        case refused
        /// The create step never ran (an earlier step failed, or the apply was stopped).
        case skipped
    }

    /// The user's principal name.
    public var userPrincipalName: String
    /// The password.
    public var password: String

    /// Creates a record.
    public init(userPrincipalName: String, password: String) {
        self.userPrincipalName = userPrincipalName
        self.password = password
    }
}
