import Foundation
import PartnerTestSupport
import Testing

/// The README's walkthrough runs as written, with the built `partnerctl`, in an empty folder.
@Suite struct WalkthroughTests {
    static let script = Repository.path("examples/walkthrough.sh")

    @Test func theReadmeShowsTheWalkthroughVerbatim() throws {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        let script = try String(contentsOfFile: Self.script, encoding: .utf8)
        let body = script.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("cp ") }
        #expect(readme.contains(body.joined(separator: "\n")))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: CrashRecoveryTests.binary), "partnerctl is not built"),
        .enabled(if: ExternalTool("sqlite3").isInstalled || ExternalTool.isRequired, "sqlite3 is not installed"))
    func theWalkthroughRunsAsWritten() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            URL(fileURLWithPath: CrashRecoveryTests.binary).deletingLastPathComponent().path + ":"
            + (environment["PATH"] ?? "")
        environment["EXAMPLES"] = Repository.path("examples")
        environment["PARTNERCTL_STORE"] = nil
        environment["NO_COLOR"] = "1"
        let (status, text) = try await ExternalTool("/bin/bash").run(
            [Self.script], in: directory.path, environment: environment)
        #expect(status == 0, "\(text)")
        #expect(text.contains("displayName  Alexander → Fabrikam Admin"))
        #expect(text.contains("No changes. The account matches the configuration."))
        let mode =
            try FileManager.default.attributesOfItem(atPath: directory.file("passwords.tsv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
