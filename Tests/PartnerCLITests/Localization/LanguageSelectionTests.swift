import Foundation
import PartnerCLITesting
import PartnerTestSupport
import PartnerText
import Testing

/// The language comes from `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG` in that order; it
/// changes the words, never JSON, codes or exit codes.
@Suite struct LanguageSelectionTests {
    init() {
        FileManager.default.changeCurrentDirectoryPath(Repository.root.path)
    }

    @Test(arguments: [
        ("zh_CN.UTF-8", Language.simplifiedChinese), ("zh_SG", .simplifiedChinese),
        ("zh_CN.GB18030", .simplifiedChinese),
        ("zh", .simplifiedChinese), ("zh-Hans", .simplifiedChinese), ("zh_TW.UTF-8", .traditionalChinese),
        ("zh_HK.UTF-8", .traditionalChinese), ("zh_MO", .traditionalChinese), ("zh_Hant_TW", .traditionalChinese),
        ("C", .english), ("POSIX", .english), ("C.UTF-8", .english), ("en_US.UTF-8", .english),
        ("ja_JP.UTF-8", .english),
        ("", .english),
    ])
    func localeNames(locale: String, language: Language) {
        #expect(Language(locale: locale) == language)
    }

    @Test func lcAllThenLcMessagesThenLang() {
        #expect(Language(environment: [:]) == .english)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8"]) == .simplifiedChinese)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .traditionalChinese)
        #expect(
            Language(environment: ["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8", "LC_ALL": "C"]) == .english)
        // Set but empty is unset, as POSIX says.
        #expect(Language(environment: ["LANG": "zh_TW.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]) == .traditionalChinese)
        // LC_CTYPE and the others do not choose the language of messages.
        #expect(Language(environment: ["LC_CTYPE": "zh_CN.UTF-8"]) == .english)
    }

    @Test func theEnvironmentChoosesTheLanguageOfACommand() async {
        let path = "examples/invalid/unknown-role.yaml"
        let english = await partnerctl("validate", path)
        let simplified = await partnerctl("validate", path, environment: ["LANG": "zh_CN.UTF-8"])
        let traditional = await partnerctl(
            "validate", path, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_HK.UTF-8"])
        #expect(english.standardError.contains("error: user 'zhang.min@contoso.partner.onmschina.cn' has unknown role"))
        #expect(simplified.standardError.contains("错误: 用户 'zhang.min@contoso.partner.onmschina.cn' 具有未知角色"))
        #expect(traditional.standardError.contains("錯誤: 使用者 'zhang.min@contoso.partner.onmschina.cn' 具有未知的角色"))
        #expect(Set([english.exitCode, simplified.exitCode, traditional.exitCode]) == [3])
    }

    @Test func langOptionWinsOverTheEnvironment() async {
        let path = "examples/invalid/unknown-role.yaml"
        let chosen = await partnerctl("validate", path, "--lang", "zh-Hant", environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(chosen.standardError.contains("錯誤: 使用者"))
        let english = await partnerctl("validate", path, "--lang", "en", environment: ["LC_ALL": "zh_CN.UTF-8"])
        let plain = await partnerctl("validate", path)
        #expect(english.standardError == plain.standardError)
    }

    @Test func anUnknownLanguageIsAUsageError() async {
        let result = await partnerctl("validate", "--lang", "fr")
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--lang"))
    }

    @Test func everyCommandTakesLang() async {
        for command in ["validate", "plan", "apply", "drift", "show", "export", "history", "unlock", "check"] {
            let help = await partnerctl(command, "--help")
            #expect(help.standardOutput.contains("--lang <language>"), "\(command) --help")
        }
    }

    @Test func helpStaysEnglish() async {
        let english = await partnerctl("validate", "--help")
        let chinese = await partnerctl("validate", "--help", environment: ["LANG": "zh_CN.UTF-8"])
        #expect(english.standardOutput == chinese.standardOutput)
        #expect(english.standardOutput.contains("Check configuration files"))
    }

    @Test func jsonIsTheSameInEveryLanguage() async throws {
        let path = "examples/invalid/duplicate-user.yaml"
        var outputs: [CommandResult] = []
        for lang in ["en", "zh-Hans", "zh-Hant"] {
            outputs.append(await partnerctl("validate", "--format", "json", path, "--lang", lang))
        }
        #expect(
            outputs.allSatisfy { $0.standardOutput == outputs[0].standardOutput && $0.exitCode == outputs[0].exitCode })
        #expect(outputs[0].standardOutput.contains("duplicate user"))

        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = Repository.path("examples/21vianet-contoso/partner.yaml")
        var plans: [String] = []
        for lang in ["en", "zh-Hans", "zh-Hant"] {
            let plan = await partnerctl(
                "plan", config, "--store", workspace.storeURL, "--format", "json", "--lang", lang)
            #expect(plan.exitCode == 0)
            // The plan's creation time is the one field that may differ between the runs.
            let createdAt = try #require(
                plan.standardOutput.range(of: #""createdAt" : "[^"]*""#, options: .regularExpression))
            plans.append(plan.standardOutput.replacingCharacters(in: createdAt, with: #""createdAt" : """#))
        }
        #expect(Set(plans).count == 1)
        #expect(plans[0].contains("declared in the configuration, not in the account"))
    }
}
