import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

/// Group commit survives `kill -9`: a real `partnerctl apply` whose steps commit in batches
/// (several steps per transaction), killed at several points, loses nothing and doubles nothing — on SQLite and, when a test server is
/// configured, on PostgreSQL.
@Suite struct GroupCommitCrashTests {
    typealias StoreKind = CrashRecoveryTests.StoreKind

    /// A kill point: the store, and how many steps the apply has reported done when it is killed.
    struct KillPoint: CustomTestStringConvertible, Sendable {
        let kind: StoreKind
        let afterSteps: Int
        var testDescription: String { "\(kind) after \(afterSteps) steps" }
    }

    /// The first batch, among the creates, and among the grants (the plan creates 3,000 users
    /// first, then grants their roles).
    static var killPoints: [KillPoint] {
        CrashRecoveryTests.storeKinds.flatMap { kind in
            [1, 1_200, 4_000].map { KillPoint(kind: kind, afterSteps: $0) }
        }
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: CrashRecoveryTests.binary),
            "the partnerctl executable is not built"),
        arguments: killPoints)
    func killingAnApplyMidBatchLosesNothingAndDoublesNothing(at point: KillPoint) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        switch point.kind {
        case .sqlite: try await killAndResume(store: workspace.storeURL, at: point, in: workspace)
        case .postgres:
            try await TestPostgresServer.withFreshDatabase {
                try await killAndResume(store: $0, at: point, in: workspace)
            }
        }
    }

    func killAndResume(store: String, at point: KillPoint, in workspace: Workspace) async throws {
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 3_000))
        let planned = await partnerctl("plan", config, "--store", store, "--format", "json")
        let original = try JSONDecoder().decode(
            CrashRecoveryTests.PlanSteps.self, from: Data(planned.standardOutput.utf8)
        ).summaries
        #expect(original.count > point.afterSteps + 2_000)

        // Frozen by the reading thread once it sees the steps reported done, then killed. The
        // apply goes on while the reader counts (the rest of that batch's lines take no time), so
        // it is most often stopped inside the next batch's transaction, or between its commit
        // and its report.
        let enough: @Sendable (String) -> Bool = { $0.components(separatedBy: " done\n").count > point.afterSteps }
        let process = try RunningProcess(
            CrashRecoveryTests.binary,
            ["apply", config, "--store", store, "--auto-approve", "--passwords-out", workspace.path("passwords.tsv")],
            pauseWhen: enough)
        let reached = try await process.waitFor(enough)
        #expect(reached && process.isRunning, "the apply finished before it could be killed")
        process.signal(SIGKILL)
        #expect(try await process.wait().signalled)

        // The journal is a prefix of the plan, and the next plan is exactly the rest: every step
        // journaled done has its effect in the store, and no effect is there without its row.
        let killed = try #require(try await CrashRecoveryTests().history(store).first)
        #expect(killed.status == "running")
        let done = killed.journal.map(\.step)
        #expect(killed.journal.allSatisfy { $0.status == "done" })
        #expect(done.count >= point.afterSteps)
        #expect(done == Array(original.prefix(done.count)))
        let rest = await partnerctl("plan", config, "--store", store, "--format", "json")
        let remaining = try JSONDecoder().decode(
            CrashRecoveryTests.PlanSteps.self, from: Data(rest.standardOutput.utf8)
        ).summaries
        #expect(remaining.count == original.count - done.count)
        #expect(Set(remaining) == Set(original.dropFirst(done.count)))

        // The killed apply's passwords: every user it created has its line, and no line says
        // `created` for a user whose create was rolled back.
        let createdFirst = Set(
            killed.journal.filter { $0.kind == "user.create" }.map { $0.target.lowercased() })
        let first = passwordLines(workspace.read("passwords.tsv"))
        #expect(createdFirst.allSatisfy { first[$0] == "created" || first[$0] == "pending" })
        #expect(first.filter { $0.value == "created" }.keys.allSatisfy(createdFirst.contains))

        // The next apply finishes the plan, doing no step twice.
        let resumed = await partnerctl(
            "apply", config, "--store", store, "--auto-approve", "--passwords-out", workspace.path("passwords-2.tsv"))
        #expect(resumed.exitCode == 0)
        #expect(await partnerctl("plan", config, "--store", store, "--detailed-exitcode").exitCode == 0)
        let all = try await CrashRecoveryTests().history(store)
        #expect(all.map(\.status) == ["succeeded", "interrupted"])
        let journaled = all.flatMap { $0.journal.map(\.step) }
        #expect(journaled.count == original.count)
        #expect(Set(journaled) == Set(original))

        // Exactly one usable password per user: the killed apply's line for a user it created
        // (`created`, or `pending` when killed before marking it), or the next apply's `created`.
        let second = passwordLines(workspace.read("passwords-2.tsv"))
        let exported = await partnerctl("export", "--store", store)
        let users = exported.standardOutput.split(separator: "\n")
            .filter { $0.hasPrefix("  - userPrincipalName: ") }.map { String($0.dropFirst(23)).lowercased() }
        #expect(users.count == 3_000)
        for user in users {
            let usable = (createdFirst.contains(user) ? 1 : 0) + (second[user] == "created" ? 1 : 0)
            #expect(usable == 1, "user \(user) has \(usable) usable passwords")
        }
    }

    /// A passwords file's status by user (lower case).
    func passwordLines(_ text: String?) -> [String: String] {
        Dictionary(
            (text ?? "").split(separator: "\n").map { line in
                let fields = line.split(separator: "\t")
                return (String(fields[0]).lowercased(), fields.count == 3 ? String(fields[2]) : "")
            }, uniquingKeysWith: { $1 })
    }
}
