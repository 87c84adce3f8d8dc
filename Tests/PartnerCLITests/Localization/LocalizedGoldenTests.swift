import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

/// What a person reads in each language — a validation error with its hint, a plan and a drift
/// report — compared with golden files. English reads the same goldens as the rest of the suite
/// (`examples/invalid/*.expected`, `examples/*/plan.txt`), so English output is unchanged byte for byte.
@Suite struct LocalizedGoldenTests {
    static let languages = ["en", "zh-Hans", "zh-Hant"]

    init() {
        FileManager.default.changeCurrentDirectoryPath(Repository.root.path)
    }

    static func golden(_ name: String, _ language: String) -> String {
        "Tests/PartnerCLITests/Golden/i18n/\(language)/\(name)"
    }

    /// Every invalid example, in each language: LANG chooses, exactly as a partner's shell would.
    @Test(arguments: Repository.files(in: "examples/invalid", withExtension: "yaml"), languages)
    func validationErrors(path: String, language: String) async {
        let locale = ["en": "C.UTF-8", "zh-Hans": "zh_CN.UTF-8", "zh-Hant": "zh_TW.UTF-8"][language]!
        let result = await partnerctl("validate", path, environment: ["LANG": locale])
        #expect(result.exitCode == 3)
        #expect(result.standardOutput == "")
        let expected = String(path.dropLast("yaml".count)) + "expected"
        let name = (expected as NSString).lastPathComponent
        assertSnapshot(
            result.standardError, golden: language == "en" ? expected : Self.golden("validate/" + name, language))
    }

    @Test(arguments: languages)
    func plan(language: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let example = "examples/21vianet-contoso/partner.yaml"
        let result = await partnerctl(
            "plan", Repository.path(example), "--store", workspace.storeURL, "--lang", language)
        #expect(result.exitCode == 0)
        let golden =
            language == "en" ? "examples/21vianet-contoso/plan.txt" : Self.golden("plan-21vianet-contoso.txt", language)
        assertSnapshot(result.standardOutput, golden: golden)
    }

    /// Two accounts, one changed by hand: the drift plan, the aligned table and the count line.
    ///
    /// The configurations sit in a folder of a fixed-length name under `.build`, named relative
    /// to the repository, so the table's widths (and the golden) are the same on every machine.
    @Test(arguments: languages)
    func drift(language: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let id = UUID().uuidString.lowercased()
        let folder = ".build/i18n-drift-\(id)"
        try FileManager.default.createDirectory(atPath: Repository.path(folder), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: Repository.path(folder)) }
        var configs: [String] = []
        for (example, name) in [
            ("examples/21vianet-contoso/partner.yaml", "世纪互联.yaml"), ("examples/quickstart/partner.yaml", "quick.yaml"),
        ] {
            let config = folder + "/" + name
            try FileManager.default.copyItem(atPath: Repository.path(example), toPath: Repository.path(config))
            configs.append(config)
            let apply = await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path(name + ".passwords.tsv"))
            #expect(apply.exitCode == 0)
        }
        let text = try String(contentsOfFile: Repository.path(configs[1]), encoding: .utf8)
        let manual = try workspace.write(
            "manual.yaml", text.replacingOccurrences(of: "displayName: Sam Sales", with: "displayName: 山姆"))
        #expect(await partnerctl("apply", manual, "--store", workspace.storeURL, "--auto-approve").exitCode == 0)

        let result = await partnerctl(["drift"] + configs + ["--store", workspace.storeURL, "--lang", language])
        #expect(result.exitCode == 2)
        let shown = result.standardOutput.replacingOccurrences(of: id, with: "00000000-0000-0000-0000-000000000000")
        assertSnapshot(shown, golden: Self.golden("drift.txt", language))
    }
}
