import Foundation
import PartnerCLITesting
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

/// `--log-level` and `PARTNERCTL_LOG`: store operations and their times on stderr, results untouched.
@Suite struct LogLevelTests {
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: CrashRecoveryTests.binary), "partnerctl is not built")
    )
    func debugLogsStoreOperationsWithTheirTimesAndChangesNoResult() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/quickstart/partner.yaml")
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("pw.tsv")
            ).exitCode == 0)
        let quiet = try await ExternalTool(CrashRecoveryTests.binary).run(["history", "--store", workspace.storeURL])
        let logged = try await ExternalTool(CrashRecoveryTests.binary).run(
            ["history", "--store", workspace.storeURL, "--log-level", "debug"])
        #expect(quiet.status == 0 && logged.status == 0)
        #expect(!quiet.output.contains("partnerctl debug"))
        #expect(logged.output.contains("partnerctl debug partnerctl.sqlite: sqlite read history ms="))
        #expect(logged.output.hasSuffix(quiet.output.components(separatedBy: "\n").suffix(3).joined(separator: "\n")))
        var environment = ProcessInfo.processInfo.environment
        environment["PARTNERCTL_LOG"] = "debug"
        let fromEnvironment = try await ExternalTool(CrashRecoveryTests.binary).run(
            ["history", "--store", workspace.storeURL], environment: environment)
        #expect(fromEnvironment.output.contains("partnerctl debug partnerctl.sqlite: sqlite read history ms="))
    }
}
