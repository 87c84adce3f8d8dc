import PartnerModel
import PartnerText

extension Diagnostic {
    /// The problem with a country other than the one the cloud requires (`CN` for 21Vianet),
    /// or nil when there is none or the cloud is not known.
    static func wrongCountry(_ country: Located<String>, path: @autoclosure () -> String, cloud: Cloud?, file: String)
        -> Diagnostic?
    {
        guard let cloud, let required = cloud.requiredCountry, country.value != required else { return nil }
        return Diagnostic(
            code: .wrongCountry,
            message: Message("'\(path())' must be '\(required)' in \(cloud.label), found '\(country.value)'"),
            file: file, mark: country.mark, endMark: country.endMark,
            hint: Message("accounts operated by 21Vianet are in China"))
    }
}
