/// Why an apply could not start, or stopped, before a store said anything.
public enum ApplierError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The plan creates users and no place was given for their temporary passwords.
    case passwordsNeeded(Int)
    /// A new user's password could not be recorded, so the user was not created.
    case passwordNotRecorded(String)

    public var description: String {
        switch self {
        case .passwordsNeeded(let count):
            return "the plan creates \(count) user\(count == 1 ? "" : "s"); pass --passwords-out FILE to receive "
                + "their temporary passwords (or --passwords-out - to print them)"
        case .passwordNotRecorded(let reason):
            return "could not record the new user's temporary password, so the user was not created: \(reason)"
        }
    }
}
