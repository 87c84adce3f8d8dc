public import PartnerModel
public import PartnerText

/// Why an apply could not start, or stopped, before a store said anything.
public enum ApplierError: ValueQuotingError, Hashable, Sendable {
    /// The plan creates users and no place was given for their temporary passwords.
    case passwordsNeeded(Int)
    /// A new user's password could not be recorded, so the user was not created.
    case passwordNotRecorded(String)

    /// The error for a person, in the language it is rendered in; the recorder's reason escaped.
    public var message: Message { message(quoting: DisplayText.escaped) }

    /// The error, with the recorder's reason passed through `quote`.
    public func message(quoting quote: (String) -> String) -> Message {
        switch self {
        case .passwordsNeeded(let count):
            return count == 1
                ? Message(
                    "the plan creates \(count) user; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)"
                )
                : Message(
                    "the plan creates \(count) users; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)"
                )
        case .passwordNotRecorded(let reason):
            return Message(
                "could not record the new user's temporary password, so the user was not created: \(quote(reason))")
        }
    }
}
