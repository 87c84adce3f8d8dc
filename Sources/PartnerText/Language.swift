/// A language partnerctl writes its messages in.
public enum Language: String, Sendable, CaseIterable {
    /// English, the language of the templates.
    case english = "en"
    /// Simplified Chinese, as written in mainland China and Singapore.
    case simplifiedChinese = "zh-Hans"
    /// Traditional Chinese, as written in Taiwan, Hong Kong and Macau.
    case traditionalChinese = "zh-Hant"

    /// The language a POSIX locale name asks for: `zh_CN`, `zh_SG` (and `zh`, `zh_Hans`) are
    /// Simplified Chinese; `zh_TW`, `zh_HK`, `zh_MO` (and `zh_Hant`) Traditional Chinese;
    /// `C`, `POSIX` and anything else English. The encoding and modifier (`.UTF-8`, `@…`) do not matter.
    public init(locale: String) {
        let name = locale.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        let parts = String(name.map { $0 == "-" ? "_" : $0 }).lowercased().split(separator: "_").map(String.init)
        guard parts.first == "zh" else {
            self = .english
            return
        }
        let rest = Set(parts.dropFirst())
        if !rest.isDisjoint(with: ["hant", "tw", "hk", "mo"]) {
            self = .traditionalChinese
        } else {
            self = .simplifiedChinese
        }
    }

    /// The language the locale variables choose: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, as POSIX says; none means English.
    ///
    /// - Parameter environment: The process's environment variables (the CLI passes them; no
    ///   library reads the environment).
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale.map(Language.init(locale:)) ?? .english
    }
}
