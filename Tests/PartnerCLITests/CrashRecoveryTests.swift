import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

/// A real `partnerctl apply` process killed with SIGKILL mid-way loses nothing: each step
/// committed with its journal entry, the next plan is exactly what is left, and no step runs twice.
/// On SQLite and, when a test server is configured, on PostgreSQL.
@Suite struct CrashRecoveryTests {
    enum StoreKind: String, CustomStringConvertible, Sendable {
        case sqlite, postgres
        var description: String { rawValue }
    }

    static var storeKinds: [StoreKind] { TestPostgresServer.isConfigured ? [.sqlite, .postgres] : [.sqlite] }

    /// The `partnerctl` executable built beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("partnerctl")
            .path
    }

    struct PlanSteps: Decodable {
        struct Step: Decodable { let kind: String; let target: String; let role: String? }
        let steps: [Step]
        var summaries: [String] {
            steps.map { [$0.kind, $0.target, $0.role].compactMap { $0 }.joined(separator: " ") }
        }
    }

    /// `history --format json` (format 2): the applies, each journal step as an object.
    struct HistoryDocument: Decodable {
        let formatVersion: Int
        let applies: [History]
    }

    struct History: Decodable {
        struct Entry: Decodable {
            let kind: String, target: String, role: String?, status: String
            var step: String { [kind, target, role].compactMap { $0 }.joined(separator: " ") }
        }
        let status: String
        let stepCount: Int
        let journal: [Entry]
    }

    /// The applies `history --format json` lists, newest first.
    func history(_ store: String) async throws -> [History] {
        let output = await partnerctl("history", "--store", store, "--format", "json").standardOutput
        let document = try JSONDecoder().decode(HistoryDocument.self, from: Data(output.utf8))
        #expect(document.formatVersion == 2)
        return document.applies
    }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: binary), "the partnerctl executable is not built"),
        arguments: storeKinds)
    func killingAnApplyLosesNothingAndNoStepRunsTwice(on kind: StoreKind) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        switch kind {
        case .sqlite: try await killAndResume(store: workspace.storeURL, kind: kind, in: workspace)
        case .postgres:
            try await TestPostgresServer.withFreshDatabase {
                try await killAndResume(store: $0, kind: kind, in: workspace)
            }
        }
    }

    /// Kills an apply mid-way, checks the journal and the next plan, then lets a second apply finish.
    func killAndResume(store: String, kind: StoreKind, in workspace: Workspace) async throws {
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 1_500))
        let planned = await partnerctl("plan", config, "--store", store, "--format", "json")
        let original = try JSONDecoder().decode(PlanSteps.self, from: Data(planned.standardOutput.utf8)).summaries
        #expect(original.count > 3_000)

        // Start a real apply and kill it once a few hundred steps are done.
        // Frozen by the reading thread once 300 steps are done, then killed: mid-apply however busy
        // the machine is.
        let threeHundred: @Sendable (String) -> Bool = { $0.components(separatedBy: " done\n").count > 300 }
        let process = try RunningProcess(
            Self.binary,
            [
                "apply", config, "--store", store, "--auto-approve",
                "--passwords-out", workspace.path("passwords.tsv"),
            ],
            pauseWhen: threeHundred)
        let reached = try await process.waitFor(threeHundred)
        #expect(reached && process.isRunning, "the apply finished before it could be killed")
        process.signal(SIGKILL)
        #expect(try await process.wait().signalled)

        // Every user the dead apply created has its password in the file.
        let passwords = Dictionary(
            (workspace.read("passwords.tsv") ?? "").split(separator: "\n").map { line in
                let fields = line.split(separator: "\t")
                return (String(fields[0]).lowercased(), fields.count == 3 ? String(fields[2]) : "")
            }, uniquingKeysWith: { $1 })
        let exported = await partnerctl("export", "--store", store)
        let created = exported.standardOutput.split(separator: "\n")
            .filter { $0.hasPrefix("  - userPrincipalName: ") }.map { String($0.dropFirst(23)).lowercased() }
        #expect(!created.isEmpty)
        #expect(created.allSatisfy { passwords[$0] != nil }, "a created user has no password in the file")

        // The journal says what was done; the next plan is exactly the rest.
        let killed = try #require(try await history(store).first)
        #expect(killed.status == "running")
        #expect(killed.stepCount == original.count)
        let done = killed.journal.map(\.step)
        #expect(done.count >= 300)
        #expect(done == Array(original.prefix(done.count)))
        // A user still marked pending was created by the last transaction that committed before
        // the process died (its lines are marked after the commit): one batch at most, 256 steps.
        let pending = Set(created.filter { passwords[$0] != "created" })
        let lastCreates = done.filter { $0.hasPrefix("user.create ") }.suffix(256).map {
            String($0.dropFirst("user.create ".count)).lowercased()
        }
        #expect(pending.isSubset(of: Set(lastCreates)), "a user created earlier is still marked pending")

        let rest = await partnerctl("plan", config, "--store", store, "--format", "json")
        let remaining = try JSONDecoder().decode(PlanSteps.self, from: Data(rest.standardOutput.utf8)).summaries
        #expect(remaining.count == original.count - done.count)
        #expect(Set(remaining) == Set(original.dropFirst(done.count)))

        // The next apply finishes and the account converges. On SQLite it breaks the lock row the
        // dead process left; on PostgreSQL the lock ended with the dead process's connection.
        let resumed = await partnerctl(
            "apply", config, "--store", store, "--auto-approve",
            "--passwords-out", workspace.path("passwords-2.tsv"))
        #expect(resumed.exitCode == 0)
        #expect(resumed.standardError.hasPrefix("Broke a stale lock ") == (kind == .sqlite))
        let final = await partnerctl("plan", config, "--store", store, "--detailed-exitcode")
        #expect(final.exitCode == 0)
        let all = try await history(store)
        #expect(all.map(\.status) == ["succeeded", "interrupted"])
        let journaled = all.flatMap { $0.journal.map(\.step) }
        #expect(journaled.count == original.count)
        #expect(Set(journaled) == Set(original))
    }
}
