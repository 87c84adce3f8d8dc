import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

@Suite struct ValidateCommandTests {
    init() throws {
        try #require(FileManager.default.changeCurrentDirectoryPath(Repository.root.path))
    }

    @Test func validExamplesSayWhatTheyManage() async {
        let result = await partnerctl(
            "validate", "examples/quickstart/partner.yaml", "examples/21vianet-contoso/partner.yaml")
        #expect(result.exitCode == 0)
        #expect(
            result.standardOutput == """
                examples/quickstart/partner.yaml: valid (2 users, 3 profile fields)
                examples/21vianet-contoso/partner.yaml: valid (12 users, 3 role bundles, 37 profile fields, 3 catalog rules)

                """)
        #expect(result.standardError == "")
    }

    @Test(arguments: Repository.files(in: "examples/invalid", withExtension: "yaml"))
    func invalidFixturesPrintTheirGoldenErrors(path: String) async {
        let result = await partnerctl("validate", path)
        #expect(result.exitCode == 3)
        #expect(result.standardOutput == "")
        assertSnapshot(result.standardError, golden: String(path.dropLast("yaml".count)) + "expected")
    }

    @Test func everyFileIsCheckedAndTheWorstOutcomeDecidesTheExitCode() async {
        let invalid = await partnerctl(
            "validate", "examples/invalid/unknown-role.yaml", "examples/quickstart/partner.yaml")
        #expect(invalid.exitCode == 3)
        #expect(invalid.standardOutput == "examples/quickstart/partner.yaml: valid (2 users, 3 profile fields)\n")

        let unreadable = await partnerctl("validate", "does-not-exist.yaml", "examples/invalid/unknown-role.yaml")
        #expect(unreadable.exitCode == 1)
        #expect(unreadable.standardError.hasPrefix("error: cannot read 'does-not-exist.yaml': no such file\n"))
    }

    @Test func theDefaultFileIsPartnerYAML() async {
        let result = await partnerctl("validate")
        #expect(result.exitCode == 1)
        #expect(result.standardError == "error: cannot read 'partner.yaml': no such file\n")
    }

    @Test func jsonOutputCarriesEveryDiagnostic() async throws {
        let result = await partnerctl("validate", "--format", "json", "examples/invalid/duplicate-user.yaml")
        #expect(result.exitCode == 3)
        #expect(result.standardError == "")
        assertSnapshot(result.standardOutput, golden: "Tests/PartnerCLITests/Golden/validate-duplicate-user.json")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() async {
        let path = "examples/invalid/unknown-role.yaml"
        let plain = await partnerctl("validate", path)
        let terminal = await partnerctl("validate", path, terminal: true)
        let noColor = await partnerctl("validate", path, terminal: true, environment: ["NO_COLOR": "1"])
        #expect(!plain.standardError.contains("\u{1B}["))
        #expect(terminal.standardError.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(noColor.standardError == plain.standardError)
    }

    @Test func usageErrorsExit64() async {
        let result = await partnerctl("validate", "--format", "yaml")
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--format"))
    }

    @Test func versionPrintsTheVersion() async {
        let result = await partnerctl("--version")
        #expect(result.exitCode == 0)
        #expect(result.standardOutput == "0.1.0\n")
    }
}
