import Foundation
import GRDB
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

/// What an adversarial or clumsy user met before (the trust issue): each test failed on the code
/// before it and guards the fix, over a real SQLite store and, for signals, a real process.
@Suite struct TrustTests {
    static let example = "examples/21vianet-contoso/partner.yaml"
    static let quickstart = "examples/quickstart/partner.yaml"

    // MARK: - Temporary passwords

    @Test(arguments: ["", "folder-that-is-not-there/pw.tsv", ".", "existing.tsv"])
    func anUnusablePasswordsDestinationFailsBeforeAnythingChanges(destination: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        try workspace.write("existing.tsv", "someone's file\n")
        let path = destination.isEmpty ? "" : workspace.path(destination)
        let result = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve", "--passwords-out", path)
        #expect(result.exitCode == 64)
        let expected: String
        switch destination {
        case "": expected = "error: --passwords-out names no file\n"
        case ".": expected = "error: --passwords-out '\(path)' exists; name a new file (partnerctl never writes into a file it did not make)\n"
        case "existing.tsv": expected = "error: --passwords-out '\(path)' exists; name a new file (partnerctl never writes into a file it did not make)\n"
        default: expected = "error: cannot create --passwords-out '\(path)': the folder '\(workspace.path("folder-that-is-not-there"))' does not exist\n"
        }
        #expect(result.standardError == expected)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")), "the store was created")
        #expect(workspace.read("existing.tsv") == "someone's file\n")
    }

    @Test func passwordsAreWrittenPrivateWithTheirStatus() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        let result = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve",
                                      "--passwords-out", workspace.path("pw.tsv"))
        #expect(result.exitCode == 0)
        let lines = try #require(workspace.read("pw.tsv")).split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(lines.map { String($0[0]) } == ["admin@fabrikam.onmicrosoft.com", "sam.sales@fabrikam.onmicrosoft.com"])
        #expect(lines.allSatisfy { $0.count == 3 && $0[1].count == 16 && $0[2] == "created" })
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.path("pw.tsv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(result.standardError.hasSuffix("Wrote 2 temporary passwords to \(workspace.path("pw.tsv")).\n"))
    }

    @Test func aPlanWithoutCreatesLeavesNoEmptyPasswordsFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        #expect(await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve",
                                 "--passwords-out", workspace.path("first.tsv")).exitCode == 0)
        let again = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve",
                                     "--passwords-out", workspace.path("second.tsv"))
        #expect(again.exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("second.tsv")))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CrashRecoveryTests.binary), "partnerctl is not built"),
          arguments: [SIGTERM, SIGINT])
    func aSignalFinishesTheCurrentStepAndPrintsTheSummary(signal: Int32) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 1_500))
        let process = try RunningProcess(
            CrashRecoveryTests.binary,
            ["apply", config, "--store", workspace.storeURL, "--auto-approve", "--passwords-out", workspace.path("pw.tsv")],
            standardOutput: workspace.path("out.txt"))
        #expect(try await process.waitFor { $0.components(separatedBy: " done\n").count > 100 })
        process.signal(signal)
        let (status, signalled) = try await process.wait()
        #expect(!signalled && status == 1, "\(process.standardError)")
        let name = signal == SIGTERM ? "terminated (SIGTERM)" : "interrupted (SIGINT)"
        let output = workspace.read("out.txt") ?? ""
        #expect(output.contains("\nApply stopped (\(name)): "), "\(output.suffix(300))")
        #expect(output.hasSuffix(" not started.\nRun 'partnerctl plan' to see what is left; steps already done will not run again.\n"))

        let history = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        #expect(history.standardOutput.contains("\"status\" : \"interrupted\""))
        // Every created user's password is in the file, confirmed.
        let passwords = (workspace.read("pw.tsv") ?? "").split(separator: "\n")
        let exported = await partnerctl("export", "--store", workspace.storeURL)
        let users = exported.standardOutput.components(separatedBy: "  - userPrincipalName: ").count - 1
        #expect(users > 0 && passwords.count == users)
        #expect(passwords.allSatisfy { $0.hasSuffix("\tcreated") })
    }

    // MARK: - Secrets in recorded command lines

    @Test func recordedCommandLinesHaveNoPasswords() {
        let holder = LockHolder.current(arguments: ["apply", "--store", "postgres://ci:s3cr%2Ft@db.example.com/x", "--store=postgresql://u:pw@h/db"])
        #expect(holder.command == "partnerctl apply --store postgres://ci@db.example.com/x --store=postgresql://u@h/db")
        #expect(StoreURL.redactedCommandLine("partnerctl apply --store postgres://ci:pa ss@db/x --auto-approve")
            == "partnerctl apply --store postgres://ci …")
        #expect(StoreURL.redactedCommandLine("partnerctl plan --store postgres://db.example.com:5432/x")
            == "partnerctl plan --store postgres://db.example.com:5432/x")
    }

    @Test func upgradingAStoreRedactsThePasswordsOlderVersionsRecorded() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.path("account.db")
        // A store as partnerctl 0.1 left it: schema v1, a command line with a password.
        let queue = try DatabaseQueue(path: path)
        var v1 = DatabaseMigrator()
        let full = try String(contentsOfFile: Repository.path("Tests/PartnerCLITests/Fixtures/sqlite-v1.sql"), encoding: .utf8)
        v1.registerMigration("v1: accounts, users, roles, offers, ledger") { db in try db.execute(sql: full) }
        try v1.migrate(queue)
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO applies (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                VALUES ('a1', 't', 'ci', 'h', 1, 'partnerctl apply --store postgres://ci:hunter2@db/x --auto-approve', 0, 'succeeded', 0);
                INSERT INTO locks (tenant_id, lock_id, holder_user, holder_host, holder_pid, command, acquired_at)
                VALUES ('t', 'l1', 'ci', 'h', 1, 'partnerctl apply --store=postgres://ci:hunter2@db/x', 0);
                """)
        }
        try queue.close()
        _ = try SQLiteStore(path: path, mode: .readWrite)
        let database = try Data(contentsOf: URL(fileURLWithPath: path))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        #expect(database.range(of: Data("hunter2".utf8)) == nil && wal.range(of: Data("hunter2".utf8)) == nil)
        let commands = try await DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT command FROM applies UNION ALL SELECT command FROM locks") }
        #expect(commands == ["partnerctl apply --store postgres://ci@db/x --auto-approve", "partnerctl apply --store=postgres://ci@db/x"])
    }
}
