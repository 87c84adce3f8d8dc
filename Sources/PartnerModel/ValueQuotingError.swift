public import PartnerText

/// An error whose message quotes values from files, stores or servers. People see it with every
/// value escaped (``DisplayText/escaped(_:)``, its `description`); records keep it with the values
/// as they are (``rawDescription``), so that text is escaped once, where it is shown, and never
/// twice.
public protocol ValueQuotingError: Error, CustomStringConvertible {
    /// The message, with every quoted value passed through `quote`.
    func message(quoting quote: (String) -> String) -> Message
}

extension ValueQuotingError {
    /// The description for people, in English: every quoted value escaped.
    public var description: String { message(quoting: DisplayText.escaped).description }

    /// The description in English with the quoted values as they are: for records such as an
    /// apply's journal, which escape it when they show it.
    public var rawDescription: String { message(quoting: { $0 }).description }
}

extension DisplayText {
    /// An error's text to record, unescaped: ``ValueQuotingError/rawDescription`` for errors
    /// that quote values, otherwise the error's description.
    public static func recorded(_ error: any Error) -> String {
        (error as? any ValueQuotingError)?.rawDescription ?? "\(error)"
    }
}
