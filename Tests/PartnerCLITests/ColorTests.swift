import PartnerTestSupport
import Testing

/// `--color`, `FORCE_COLOR`, `CLICOLOR_FORCE` and `NO_COLOR`: who decides whether output is coloured.
@Suite struct ColorTests {
    static let invalid = Repository.path("examples/invalid/unknown-role.yaml")

    @Test(arguments: [
        (["--color", "always"], false, [String: String](), true),
        (["--color", "never"], true, [:], false),
        (["--color", "auto"], true, [:], true),
        ([], true, ["NO_COLOR": "1"], false),
        ([], false, ["FORCE_COLOR": "1"], true),
        ([], false, ["CLICOLOR_FORCE": "1"], true),
        ([], false, ["FORCE_COLOR": "0"], false),
        (["--color", "never"], false, ["FORCE_COLOR": "1"], false),
        (["--color", "always"], true, ["NO_COLOR": "1"], true),
    ])
    func colourIsChosenByTheFlagThenTheEnvironmentThenTheTerminal(
        flags: [String], terminal: Bool, environment: [String: String], coloured: Bool
    ) async {
        let result = await partnerctl(["validate", Self.invalid] + flags, terminal: terminal, environment: environment)
        #expect(result.exitCode == 3)
        #expect(result.standardError.contains("\u{1B}[") == coloured)
    }
}
