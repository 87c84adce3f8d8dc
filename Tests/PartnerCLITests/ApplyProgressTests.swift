import PartnerCLITesting
import PartnerTestSupport
import Testing

@testable import PartnerCLI

/// How an apply shows its progress: a line per step in a log, one redrawn line on a terminal.
@Suite struct ApplyProgressTests {
    @Test(arguments: [
        (1_200, 3_000, Duration.seconds(2), "1200/3000 steps  600/s  about 3 s left"),
        (10, 3_000, .seconds(4), "10/3000 steps  2.5/s  about 19 min 56 s left"),
        (3_000, 3_000, .seconds(5), "3000/3000 steps"),
    ])
    func theStatusSaysDoneRateAndTimeLeft(done: Int, total: Int, elapsed: Duration, expected: String) {
        #expect(ConsoleApplyDelegate.status(done: done, of: total, elapsed: elapsed) == expected)
    }

    @Test func aTerminalGetsOneRedrawnLineAndALogALinePerStep() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/quickstart/partner.yaml")
        let terminal = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("a.tsv"), terminal: true, environment: ["NO_COLOR": "1"])
        #expect(terminal.exitCode == 0)
        #expect(terminal.standardError.contains("\r\u{1B}[K1/6 steps  "))
        #expect(
            terminal.standardError.contains(
                "\r\u{1B}[K6/6 steps  role.grant sam.sales@fabrikam.onmicrosoft.com sales-agent\n"))
        #expect(!terminal.standardError.contains("[1/6]"))

        let other = try Workspace()
        defer { other.remove() }
        let log = await partnerctl(
            "apply", try other.copyExample("examples/quickstart/partner.yaml"), "--store", other.storeURL,
            "--auto-approve", "--passwords-out", other.path("a.tsv"))
        #expect(log.standardError.contains("[1/6] profile.update support done\n"))
        #expect(!log.standardError.contains("\r"))
    }
}
