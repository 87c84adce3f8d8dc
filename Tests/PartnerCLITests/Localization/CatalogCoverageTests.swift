import Foundation
import PartnerTestSupport
import PartnerText
import Testing

/// Every message in the sources has a translation in both Chinese catalogs, with the same
/// placeholders; no translation is left over; and the messages still written in English only are
/// exactly the reviewed list in `english-only.txt`.
@Suite struct CatalogCoverageTests {
    static let chinese: [Language] = [.simplifiedChinese, .traditionalChinese]

    static func templates() throws -> Set<String> {
        Set(try MessageSources.literals(after: ["Message("], under: "Sources").map(\.template))
    }

    @Test func theSourcesHaveMessages() throws {
        // A scanner that finds nothing would pass every check below.
        let templates = try Self.templates()
        #expect(templates.count > 200)
        #expect(templates.contains("{0} has unknown role '{1}'"))
        #expect(templates.contains("Plan: {0} to add, {1} to change, {2} to remove."))
    }

    @Test(arguments: chinese)
    func everyMessageHasATranslation(language: Language) throws {
        let table = Catalog.table(for: language)
        let missing = try Self.templates().filter { table[$0] == nil }.sorted()
        #expect(missing.isEmpty, "no \(language.rawValue) translation of: \(missing)")
    }

    @Test(arguments: chinese)
    func translationsKeepTheirPlaceholders(language: Language) {
        for (template, translation) in Catalog.table(for: language) {
            #expect(
                Message.placeholders(in: translation).sorted() == Message.placeholders(in: template).sorted(),
                "\(language.rawValue): '\(translation)' for '\(template)'")
            #expect(!translation.isEmpty)
        }
    }

    @Test(arguments: chinese)
    func noTranslationIsUnused(language: Language) throws {
        let templates = try Self.templates()
        let unused = Catalog.table(for: language).keys.filter { !templates.contains($0) }.sorted()
        #expect(unused.isEmpty, "\(language.rawValue) translations no message uses: \(unused)")
    }

    @Test func bothChineseCatalogsTranslateTheSameMessages() {
        #expect(Set(Catalog.table(for: .simplifiedChinese).keys) == Set(Catalog.table(for: .traditionalChinese).keys))
    }

    @Test func traditionalIsNotTheSimplifiedTableConverted() {
        // Taiwan's words, not Simplified characters converted one by one.
        let traditional = Catalog.table(for: .traditionalChinese).values.joined()
        // (文件 is not on the list: it is also Taiwan's word for a YAML document.)
        for simplifiedOnly in ["用户", "配置", "设置", "信息", "默认", "网络", "帐户", "应用", "文本"] {
            #expect(!traditional.contains(simplifiedOnly), "zh-Hant uses '\(simplifiedOnly)'")
        }
        for word in ["使用者", "設定", "檔案", "帳戶", "套用", "合作夥伴中心"] {
            #expect(traditional.contains(word))
        }
    }

    /// The command-line messages still written as plain English strings (`console.err("…")`,
    /// `CommandFailure("…")` …) are exactly those listed, reviewed, in `english-only.txt`: a new
    /// one fails here until it is a `Message` with translations or is added to the list.
    @Test func englishOnlyMessagesAreTheReviewedList() throws {
        let openings = [".err(", ".out(", "CommandFailure(", "ValidationError("]
        let found = try MessageSources.literals(after: openings, under: "Sources/PartnerCLI")
            .filter { !$0.template.isEmpty }
            .map {
                let template = $0.template.replacingOccurrences(of: "\n", with: "\\n").trimmingCharacters(
                    in: .whitespaces)
                return "\($0.file.dropFirst("Sources/PartnerCLI/".count)): \(template)"
            }
        let listPath = "Tests/PartnerCLITests/Localization/english-only.txt"
        let listed = try String(contentsOfFile: Repository.path(listPath), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let unlisted = Set(found).subtracting(listed).sorted()
        let stale = Set(listed).subtracting(found).sorted()
        #expect(unlisted.isEmpty, "English-only messages not in \(listPath):\n\(unlisted.joined(separator: "\n"))")
        #expect(
            stale.isEmpty, "\(listPath) lists messages that are gone or translated:\n\(stale.joined(separator: "\n"))")
    }
}
