public import PartnerModel

/// Why an apply could not start, or stopped, before a store said anything.
public enum ApplierError: ValueQuotingError, Hashable, Sendable {
    /// The plan creates users and no place was given for their temporary passwords.
    case passwordsNeeded(Int)
    /// A new user's password could not be recorded, so the user was not created.
    /// The reason is the recorder's error as ``DisplayText/recorded(_:)`` gives it (unescaped).
    case passwordNotRecorded(String)

    /// The error, with the recorder's reason passed through `quote`.
    public func describe(quoting quote: (String) -> String) -> String {
        switch self {
        case .passwordsNeeded(let count):
            return "the plan creates \(count) user\(count == 1 ? "" : "s"); pass --passwords-out FILE to receive "
                + "their temporary passwords (or --passwords-out - to print them)"
        case .passwordNotRecorded(let reason):
            return "could not record the new user's temporary password, so the user was not created: \(quote(reason))"
        }
    }
}
