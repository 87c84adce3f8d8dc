import Foundation
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

/// When output cannot be written, the real `partnerctl` ends with exit 1 and one line on
/// standard error — or, when the reader closed the pipe, with exit 1 and nothing — never with a
/// crash and a backtrace.
@Suite struct OutputErrorTests {
    static var binary: String { CrashRecoveryTests.binary }
    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: binary) }
    static let config = Repository.path("examples/quickstart/partner.yaml")

    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        /// A shell command; `$0` is partnerctl, `$1` the configuration, `$2` a file to write.
        let script: String
        let message: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(
            id: "a full disk", script: #"exec "$0" validate "$1" >/dev/full"#,
            message: "error: cannot write to standard output: No space left on device\n"),
        Case(
            id: "a closed descriptor", script: #"exec "$0" validate "$1" >&-"#,
            message: "error: cannot write to standard output: Bad file descriptor\n"),
        Case(
            id: "the file size limit", script: #"ulimit -f 0; exec "$0" validate "$1" >"$2""#,
            message: "error: cannot write to standard output: File too large\n"),
    ]

    @Test(.enabled(if: isBuilt, "the partnerctl executable is not built"), arguments: cases)
    func aFailedWriteIsOneLineAndExit1(_ c: Case) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // The shell's own standard output is a pipe ExternalTool reads on a thread of its own:
        // what comes back is partnerctl's standard error.
        let (status, output) = try await ExternalTool("/bin/sh").run([
            "-c", c.script, Self.binary, Self.config, folder.file("out"),
        ])
        #expect(status == 1)
        #expect(output == c.message)
    }

    /// `partnerctl plan | head -c1` with a plan far larger than a pipe holds: partnerctl is
    /// blocked writing when `head` exits, and gets EPIPE.
    @Test(.enabled(if: isBuilt, "the partnerctl executable is not built"))
    func aReaderThatStopsReadingEndsTheCommandQuietly() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 1_000))
        // Create the store first, so that the plan below says nothing on standard error.
        let account = AccountIdentity(
            tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china, domain: ConfigGenerator.domain)
        try await SQLiteStore(path: workspace.path("account.db"), mode: .create)
            .enroll(account, offers: OfferCatalog.builtIn(for: .china).offers)
        let first = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(first.exitCode == 0)
        #expect(first.standardOutput.utf8.count > 128 * 1024, "a pipe holds 64 KiB")
        let script = #"{ "$0" plan "$1" --store "$2" 2>"$3"; echo $? >"$4"; } | head -c1"#
        let (status, output) = try await ExternalTool("/bin/sh").run(
            ["-c", script, Self.binary, config, workspace.storeURL, workspace.path("stderr"), workspace.path("status")])
        #expect(status == 0)
        #expect(output.count == 1)
        #expect(workspace.read("status") == "1\n")
        #expect(workspace.read("stderr") == "")
    }
}
