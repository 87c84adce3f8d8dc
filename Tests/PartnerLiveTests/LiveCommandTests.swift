import Foundation
import PartnerCLITesting
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Testing

/// `partnerctl` against `--store partnercenter:http://127.0.0.1:PORT`, in process, with serve on
/// loopback and the ledger in a temporary SQLite file.
@Suite struct LiveCommandTests {
    static let account = AccountIdentity(
        tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10", cloud: .global, domain: "fabrikam.onmicrosoft.com")

    /// The quickstart's users and roles, as the config says.
    static func expectQuickstart(_ state: AccountState?) {
        #expect(state?.users.keys.sorted() == ["admin@fabrikam.onmicrosoft.com", "sam.sales@fabrikam.onmicrosoft.com"])
        #expect(state?.users["admin@fabrikam.onmicrosoft.com"]?.roles == [.globalAdmin])
        #expect(state?.users["sam.sales@fabrikam.onmicrosoft.com"]?.roles == [.adminAgent, .salesAgent])
        #expect(state?.profile.values["support.email"] == "support@fabrikam.com")
    }

    struct Setup {
        let harness: LiveHarness
        let config: String
        let arguments: [String]
        let ledgerPath: String
        let passwords: String
    }

    static func setup(_ configure: (inout ServeSettings) -> Void = { _ in }) async throws -> Setup {
        let harness = try await LiveHarness(accounts: [account], configure)
        let config = harness.directory.file("partner.yaml")
        try String(contentsOfFile: Repository.path("examples/quickstart/partner.yaml"), encoding: .utf8)
            .write(toFile: config, atomically: true, encoding: .utf8)
        let ledgerPath = harness.directory.file("ledger.db")
        return Setup(
            harness: harness, config: config,
            arguments: ["--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledgerPath],
            ledgerPath: ledgerPath, passwords: harness.directory.file("passwords.tsv"))
    }

    /// Words that must never appear in outputs or the ledger: the passwords handed out.
    static func passwords(in path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .compactMap { line in
                let fields = line.split(separator: "\t")
                return fields.count >= 2 ? String(fields[1]) : nil
            }
    }

    static func scan(_ texts: [String], ledger: String, for secrets: [String]) throws {
        let ledgerBytes = try Data(contentsOf: URL(fileURLWithPath: ledger))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: ledger + "-wal"))) ?? Data()
        for secret in secrets where !secret.isEmpty {
            for text in texts { #expect(!text.contains(secret), "a secret is in an output") }
            #expect(ledgerBytes.range(of: Data(secret.utf8)) == nil, "a secret is in the ledger")
            #expect(wal.range(of: Data(secret.utf8)) == nil, "a secret is in the ledger's WAL")
        }
    }

    @Test func applyDriftAndHistoryRoundTripWithGivenTokens() async throws {
        let setup = try await Self.setup()
        let harness = setup.harness
        let tokens = try await harness.userTokens(Self.account)
        let environment = ["PARTNERCTL_TOKEN": tokens.partnerCenter, "PARTNERCTL_GRAPH_TOKEN": tokens.graph]
        var outputs: [String] = []
        func run(_ arguments: [String]) async -> CommandResult {
            let result = await partnerctl(arguments, environment: environment)
            outputs += [result.standardOutput, result.standardError]
            return result
        }

        let apply = await run(
            ["apply", setup.config] + setup.arguments + ["--auto-approve", "--passwords-out", setup.passwords])
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        Self.expectQuickstart(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state)
        let drift = await run(["drift", setup.config] + setup.arguments)
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")
        let again = await run(
            ["apply", setup.config] + setup.arguments + ["--auto-approve", "--passwords-out", setup.passwords + ".2"])
        #expect(again.exitCode == 0, "\(again.standardError)")

        // A change made in the portal is drift, not history.
        let status = try await harness.send(
            .PATCH, "/v1.0/users/sam.sales@fabrikam.onmicrosoft.com", token: tokens.graph,
            json: GraphUserUpdate(displayName: "Samuel"))
        #expect(status == 204)
        let drifted = await run(["drift", setup.config] + setup.arguments)
        #expect(drifted.exitCode == 2, "\(drifted.standardOutput)\(drifted.standardError)")
        #expect(drifted.standardOutput.contains("displayName  Samuel → Sam Sales"))
        let history = await run(["history", "--tenant", Self.account.tenantId] + setup.arguments)
        #expect(history.exitCode == 0, "\(history.standardError)")
        let records = try await SQLiteStore(path: setup.ledgerPath, mode: .readOnly).history(
            tenantId: Self.account.tenantId, limit: 10)
        #expect(records.first?.status == .succeeded)
        #expect(records.first?.journal.count == 6)
        #expect(records.first?.journal.allSatisfy { $0.status == .done } == true)

        let secrets = [tokens.partnerCenter, tokens.graph, tokens.refresh] + (try Self.passwords(in: setup.passwords))
        #expect(secrets.count >= 5)
        try Self.scan(outputs + harness.logLines.all, ledger: setup.ledgerPath, for: secrets)
        await harness.stop()
    }

    @Test func anApplyUnderFaultsConvergesCreatingNoUserTwice() async throws {
        let setup = try await Self.setup { settings in
            settings.faults = try! FaultPlan(parsing: "429:0.2,503:0.1,reset:0.05")
            settings.seed = 11
        }
        let harness = setup.harness
        let tokens = try await harness.userTokens(Self.account)
        let environment = [
            "PARTNERCTL_CLIENT_ID": LiveHarness.clientId, "PARTNERCTL_CLIENT_SECRET": LiveHarness.clientSecret,
            "PARTNERCTL_REFRESH_TOKEN": tokens.refresh,
        ]
        let apply = await partnerctl(
            ["apply", setup.config] + setup.arguments + [
                "--auto-approve", "--passwords-out", setup.passwords,
            ],
            environment: environment)
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        Self.expectQuickstart(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state)
        let lines = harness.logLines.all
        // The faults happened, and no create was refused as a duplicate.
        #expect(lines.contains { $0.contains(" 429 ") } && lines.contains { $0.contains(" 503 ") })
        #expect(!lines.contains { $0.hasPrefix("POST /v1.0/users 400") })
        let drift = await partnerctl(["drift", setup.config] + setup.arguments, environment: environment)
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")
        let secrets = [tokens.refresh, LiveHarness.clientSecret] + (try Self.passwords(in: setup.passwords))
        try Self.scan(
            [apply.standardOutput, apply.standardError, drift.standardOutput, drift.standardError] + lines,
            ledger: setup.ledgerPath, for: secrets)
        await harness.stop()
    }

    @Test func aSavedPlanAppliesThroughTheSameLedgerAndGoesStaleOnAPortalChange() async throws {
        let setup = try await Self.setup()
        let harness = setup.harness
        let tokens = try await harness.userTokens(Self.account)
        let environment = ["PARTNERCTL_TOKEN": tokens.partnerCenter, "PARTNERCTL_GRAPH_TOKEN": tokens.graph]
        // The ledger exists once an apply (here: one that changes nothing yet) registered the account.
        let text = try String(contentsOfFile: setup.config, encoding: .utf8)
        let first = harness.directory.file("first.yaml")
        try text.replacingOccurrences(of: "    displayName: Sam Sales\n", with: "    displayName: Sam\n")
            .write(toFile: first, atomically: true, encoding: .utf8)
        #expect(
            await partnerctl(
                ["apply", first] + setup.arguments + ["--auto-approve", "--passwords-out", setup.passwords],
                environment: environment
            ).exitCode == 0)

        let planFile = harness.directory.file("plan.json")
        let plan = await partnerctl(
            ["plan", setup.config] + setup.arguments + ["--out", planFile], environment: environment)
        #expect(plan.exitCode == 0, "\(plan.standardError)")
        // The saved plan names the store with its ledger, and applies through them.
        let saved = try String(contentsOfFile: planFile, encoding: .utf8)
        #expect(saved.contains("partnercenter:\(harness.root)#ledger=sqlite:"))
        let apply = await partnerctl(["apply", "--plan", planFile], environment: environment)
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        Self.expectQuickstart(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state)

        // A portal change after planning makes the saved plan stale (exit 4).
        let replan = harness.directory.file("replan.json")
        try text.replacingOccurrences(of: "    displayName: Sam Sales\n", with: "    displayName: Sam S.\n")
            .write(toFile: first, atomically: true, encoding: .utf8)
        #expect(
            await partnerctl(
                ["plan", first] + setup.arguments + ["--out", replan], environment: environment
            ).exitCode == 0)
        #expect(
            try await harness.send(
                .PATCH, "/v1.0/users/sam.sales@fabrikam.onmicrosoft.com", token: tokens.graph,
                json: GraphUserUpdate(displayName: "Samuel")) == 204)
        let stale = await partnerctl(["apply", "--plan", replan], environment: environment)
        #expect(stale.exitCode == 4, "\(stale.standardError)")
        #expect(stale.standardError.contains("displayName is 'Samuel'"), "\(stale.standardError)")
        await harness.stop()
    }

    @Test func aWrongTokenFailsClearlyWithExit1AndIsNeverShown() async throws {
        let setup = try await Self.setup()
        let wrong = ["PARTNERCTL_TOKEN": "wrong-pc-token-1f2e3d", "PARTNERCTL_GRAPH_TOKEN": "wrong-graph-token-4c5b6a"]
        let apply = await partnerctl(
            ["apply", setup.config] + setup.arguments + [
                "--auto-approve", "--passwords-out", setup.passwords,
            ],
            environment: wrong)
        #expect(apply.exitCode == 1)
        #expect(apply.standardError.contains("401"), "\(apply.standardError)")
        #expect(apply.standardError.contains("Access denied"), "\(apply.standardError)")
        #expect(apply.standardError.contains("GET /v1"), "\(apply.standardError)")
        for secret in wrong.values { #expect(!(apply.standardOutput + apply.standardError).contains(secret)) }
        #expect(try await setup.harness.backing.snapshot(tenantId: Self.account.tenantId)?.state.users.isEmpty == true)

        let none = await partnerctl(
            ["apply", setup.config] + setup.arguments + ["--auto-approve"], environment: [:])
        #expect(none.exitCode == 1)
        #expect(none.standardError.contains("PARTNERCTL_TOKEN"), "\(none.standardError)")
        await setup.harness.stop()
    }
}
