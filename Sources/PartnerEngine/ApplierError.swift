public import PartnerText

/// Why an apply could not start, or stopped, before a store said anything.
public enum ApplierError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The plan creates users and no place was given for their temporary passwords.
    case passwordsNeeded(Int)
    /// A new user's password could not be recorded, so the user was not created.
    case passwordNotRecorded(String)

    public var description: String { message.description }

    /// The error for a person, in the language it is rendered in.
    public var message: Message {
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
            return Message("could not record the new user's temporary password, so the user was not created: \(reason)")
        }
    }
}
