import ArgumentParser
import PartnerText

/// `--lang en|zh-Hans|zh-Hant`.
extension Language: ExpressibleByArgument {}

extension Message {
    /// The message in the language of the console commands write to (``Console/language``).
    var localized: String { rendered(in: Console.current.language) }
}
