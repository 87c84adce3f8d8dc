/// The translations of message templates, one table per language other than English.
///
/// Keys are English templates exactly as ``Message`` makes them (`{0}` where the first value
/// goes); values are the translation, with the same placeholders in the order the language
/// wants. A template missing from a table is shown in English; a test in PartnerCLITests fails
/// when any message in the sources lacks a translation or a translation is no longer used.
public enum Catalog {
    /// The translation of a template, or nil when there is none (or the language is English).
    public static func translation(of template: String, in language: Language) -> String? {
        table(for: language)[template]
    }

    /// Every translation of a language (empty for English, whose templates are the text).
    public static func table(for language: Language) -> [String: String] {
        switch language {
        case .english: [:]
        case .simplifiedChinese: simplifiedChinese
        case .traditionalChinese: traditionalChinese
        }
    }
}
