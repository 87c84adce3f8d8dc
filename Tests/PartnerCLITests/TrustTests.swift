import Foundation
import GRDB
import PartnerCLITesting
import PartnerModel
import PartnerTestSupport
import Testing

@testable import PartnerSQLite

/// What an adversarial or clumsy user met before (the trust issue): each test failed on the code
/// before it and guards the fix, over a real SQLite store and, for signals, a real process.
@Suite struct TrustTests {
    static let example = "examples/21vianet-contoso/partner.yaml"
    static let quickstart = "examples/quickstart/partner.yaml"

    /// A workspace whose store holds the quickstart example, applied.
    func appliedQuickstart() async throws -> (Workspace, String) {
        let workspace = try Workspace()
        let config = try workspace.copyExample(Self.quickstart)
        let apply = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        return (workspace, config)
    }

    // MARK: - Temporary passwords

    @Test(arguments: ["", "folder-that-is-not-there/pw.tsv", ".", "existing.tsv"])
    func anUnusablePasswordsDestinationFailsBeforeAnythingChanges(destination: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        try workspace.write("existing.tsv", "someone's file\n")
        let path = destination.isEmpty ? "" : workspace.path(destination)
        let result = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--passwords-out", path)
        #expect(result.exitCode == 64)
        let expected: String
        switch destination {
        case "": expected = "error: --passwords-out names no file\n"
        case ".":
            expected =
                "error: --passwords-out '\(path)' exists; name a new file (partnerctl never writes into a file it did not make)\n"
        case "existing.tsv":
            expected =
                "error: --passwords-out '\(path)' exists; name a new file (partnerctl never writes into a file it did not make)\n"
        default:
            expected =
                "error: cannot create --passwords-out '\(path)': the folder '\(workspace.path("folder-that-is-not-there"))' does not exist\n"
        }
        #expect(result.standardError == expected)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")), "the store was created")
        #expect(workspace.read("existing.tsv") == "someone's file\n")
    }

    @Test func passwordsAreWrittenPrivateWithTheirStatus() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        let result = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(result.exitCode == 0)
        let lines = try #require(workspace.read("pw.tsv")).split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(
            lines.map { String($0[0]) } == ["admin@fabrikam.onmicrosoft.com", "sam.sales@fabrikam.onmicrosoft.com"])
        #expect(lines.allSatisfy { $0.count == 3 && $0[1].count == 16 && $0[2] == "created" })
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.path("pw.tsv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(result.standardError.hasSuffix("Wrote 2 temporary passwords to \(workspace.path("pw.tsv")).\n"))
    }

    @Test func aPlanWithoutCreatesLeavesNoEmptyPasswordsFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("first.tsv")
            ).exitCode == 0)
        let again = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("second.tsv"))
        #expect(again.exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("second.tsv")))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: CrashRecoveryTests.binary), "partnerctl is not built"),
        arguments: [SIGTERM, SIGINT])
    func aSignalFinishesTheCurrentStepAndPrintsTheSummary(signal: Int32) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 1_500))
        // Frozen by the reading thread after 100 steps, so the signal arrives mid-apply however
        // busy the machine is.
        let hundred: @Sendable (String) -> Bool = { $0.components(separatedBy: " done\n").count > 100 }
        let process = try RunningProcess(
            CrashRecoveryTests.binary,
            [
                "apply", config, "--store", workspace.storeURL, "--auto-approve", "--passwords-out",
                workspace.path("pw.tsv"),
            ],
            standardOutput: workspace.path("out.txt"), pauseWhen: hundred)
        #expect(try await process.waitFor(hundred))
        process.signal(signal)
        process.signal(SIGCONT)
        let (status, signalled) = try await process.wait()
        #expect(!signalled && status == 1, "\(process.standardError)")
        let name = signal == SIGTERM ? "terminated (SIGTERM)" : "interrupted (SIGINT)"
        let output = workspace.read("out.txt") ?? ""
        #expect(output.contains("\nApply stopped (\(name)): "), "\(output.suffix(300))")
        #expect(
            output.hasSuffix(
                " not started.\nRun 'partnerctl plan' to see what is left; steps already done will not run again.\n"))

        let history = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        #expect(history.standardOutput.contains("\"status\" : \"interrupted\""))
        // Every created user's password is in the file, confirmed; the creates that never ran
        // are marked skipped.
        let passwords = (workspace.read("pw.tsv") ?? "").split(separator: "\n")
        let exported = await partnerctl("export", "--store", workspace.storeURL)
        let users = exported.standardOutput.components(separatedBy: "  - userPrincipalName: ").count - 1
        #expect(users > 0 && passwords.filter { $0.hasSuffix("\tcreated") }.count == users)
        #expect(passwords.count == min(1_500, 1_000 * ((users + 999) / 1_000)))
        #expect(passwords.allSatisfy { $0.hasSuffix("\tcreated") || $0.hasSuffix("\tskipped") })
    }

    // MARK: - Secrets in recorded command lines

    @Test func recordedCommandLinesHaveNoPasswords() {
        let holder = LockHolder.current(arguments: [
            "apply", "--store", "postgres://ci:s3cr%2Ft@db.example.com/x", "--store=postgresql://u:pw@h/db",
        ])
        #expect(holder.command == "partnerctl apply --store postgres://ci@db.example.com/x --store=postgresql://u@h/db")
        #expect(
            StoreURL.redactedCommandLine("partnerctl apply --store postgres://ci:pa ss@db/x --auto-approve")
                == "partnerctl apply --store postgres://ci …")
        #expect(
            StoreURL.redactedCommandLine("partnerctl plan --store postgres://db.example.com:5432/x")
                == "partnerctl plan --store postgres://db.example.com:5432/x")
    }

    @Test func upgradingAStoreRedactsThePasswordsOlderVersionsRecorded() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.path("account.db")
        // A store as partnerctl 0.1 left it: schema v1, a command line with a password.
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v1: accounts, users, roles, offers, ledger")
        try await queue.write { db in
            try db.execute(
                sql: """
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
        let commands = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT command FROM applies UNION ALL SELECT command FROM locks")
        }
        #expect(
            commands == [
                "partnerctl apply --store postgres://ci@db/x --auto-approve",
                "partnerctl apply --store=postgres://ci@db/x",
            ])
    }

    /// A store made before applies recorded their origin (schema v2) gains the columns on its
    /// first write; its old applies show without an origin, and new ones with theirs.
    @Test func upgradingAStoreKeepsOldAppliesWithoutAnOrigin() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.path("account.db")
        let config = try workspace.copyExample(Self.quickstart)
        let tenantId = "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10"
        let queue = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(
            queue, upTo: "v2: store identity, redacted command lines, no version triggers")
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO accounts (tenant_id, cloud, domain) VALUES (?, 'global', 'fabrikam.onmicrosoft.com');
                    INSERT INTO applies (apply_id, tenant_id, holder_user, holder_host, holder_pid, command, started_at, status, step_count)
                    VALUES ('0e1d2c3b-0000-4000-8000-000000000001', ?, 'ci', 'h', 1, 'partnerctl apply', 0, 'failed', 2);
                    INSERT INTO journal (apply_id, step_index, step, status, error, recorded_at)
                    VALUES ('0e1d2c3b-0000-4000-8000-000000000001', 1, 'role.grant sam@fabrikam.onmicrosoft.com sales-agent', 'done', NULL, 0),
                           ('0e1d2c3b-0000-4000-8000-000000000001', 2, 'catalog.hide MS AZR 0145P', 'failed', 'frozen', 0);
                    """, arguments: [tenantId, tenantId])
        }
        try queue.close()
        // Read-only commands never migrate: history asks for an apply first.
        let refused = await partnerctl(
            "history", "--store", workspace.storeURL, "--tenant", tenantId, "--format", "json")
        #expect(refused.exitCode == 1)
        #expect(refused.standardError.contains("run 'partnerctl apply' once to upgrade it"), "\(refused.standardError)")

        let applied = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(applied.exitCode == 0, "\(applied.standardError)")
        let history = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        #expect(history.exitCode == 0, "\(history.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(history.standardOutput.utf8)) as? [String: Any])
        let applies = try #require(json["applies"] as? [[String: Any]])
        #expect(applies.count == 2)
        #expect((applies.first?["configHash"] as? String)?.hasPrefix("sha256:") == true)
        #expect(applies.first?["partnerctlVersion"] is String)
        let old = try #require(applies.last)
        #expect(old["configHash"] == nil && old["partnerctlVersion"] == nil)
        let journal = try #require(old["journal"] as? [[String: Any]])
        #expect(journal.map { $0["kind"] as? String } == ["role.grant", "catalog.hide"])
        #expect(journal.map { $0["target"] as? String } == ["sam@fabrikam.onmicrosoft.com", "MS AZR 0145P"])
        #expect(journal.map { $0["role"] as? String } == ["sales-agent", nil])
        #expect(journal.map { $0["error"] as? String } == [nil, "frozen"])
    }

    // MARK: - Saved plans are checked again

    /// The quickstart applied, and a saved plan of one change (Sam renamed) as JSON to edit.
    func savedPlan() async throws -> (Workspace, config: String, plan: [String: Any]) {
        let (workspace, config) = try await appliedQuickstart()
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try text.replacingOccurrences(of: "displayName: Sam Sales", with: "displayName: Samuel Sales")
            .write(toFile: config, atomically: true, encoding: .utf8)
        #expect(
            await partnerctl("plan", config, "--store", workspace.storeURL, "--out", workspace.path("plan.json"))
                .exitCode == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: workspace.path("plan.json")))
        return (workspace, config, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    func applyEdited(_ plan: [String: Any], in workspace: Workspace, _ extra: String...) async throws -> CommandResult {
        let data = try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: workspace.path("edited.json")))
        return await partnerctl(
            ["apply", "--plan", workspace.path("edited.json"), "--store", workspace.storeURL] + extra)
    }

    /// A step written into a saved plan by hand.
    struct EditedStep: Sendable {
        let kind: String, target: String, role: String?

        var json: [String: Any] {
            var step: [String: Any] = ["kind": kind, "target": target, "changes": [Any](), "reason": "edited"]
            if let role { step["role"] = role }
            return step
        }
    }

    static func step(_ kind: String, _ target: String, role: String? = nil) -> EditedStep {
        EditedStep(kind: kind, target: target, role: role)
    }

    @Test(arguments: [
        (
            "revoke the last global admin",
            [step("role.revoke", "admin@fabrikam.onmicrosoft.com", role: "global-admin")], false,
            "  - the plan leaves the account without an enabled global admin (it has 1 now)"
        ),
        (
            "a protected user demoted", [step("role.revoke", "admin@fabrikam.onmicrosoft.com", role: "global-admin")],
            true,
            "  - step 1 (role.revoke admin@fabrikam.onmicrosoft.com global-admin): 'admin@fabrikam.onmicrosoft.com' is a protected user"
        ),
        (
            "an outsider made global admin",
            [
                step("user.create", "eve@evil.example.com"),
                step("role.grant", "eve@evil.example.com", role: "global-admin"),
            ], true,
            "  - step 1 (user.create eve@evil.example.com): 'eve@evil.example.com' is outside the account's domain 'fabrikam.onmicrosoft.com'\n"
                + "  - step 2 (role.grant eve@evil.example.com global-admin): 'eve@evil.example.com' is outside the account's domain 'fabrikam.onmicrosoft.com'"
        ),
        (
            "a delete without pruneUsers", [step("user.delete", "sam.sales@fabrikam.onmicrosoft.com")], true,
            "  - step 1 (user.delete sam.sales@fabrikam.onmicrosoft.com): deletes a user, and the plan's policy does not prune users"
        ),
        (
            "a role the cloud does not have",
            [step("role.grant", "sam.sales@fabrikam.onmicrosoft.com", role: "made-up-role")], true, ""
        ),
    ])
    func anEditedPlanIsRefusedAndChangesNothing(
        attack: String, steps: [EditedStep], keepPolicy: Bool, expected: String
    ) async throws {
        let (workspace, _, original) = try await savedPlan()
        defer { workspace.remove() }
        var plan = original
        plan["steps"] = steps.map(\.json)
        if !keepPolicy {
            plan["policy"] = ["pruneUsers": false, "protectedUsers": [], "maxRemovalPercent": 25, "minGlobalAdmins": 1]
        }
        let before = try #require(
            try await SQLiteStore(path: workspace.path("account.db"), mode: .readOnly)
                .snapshot(tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10"))
        let result = try await applyEdited(plan, in: workspace, "--passwords-out", workspace.path("pw2.tsv"))
        #expect(result.exitCode == 1, "\(attack)")
        if expected.isEmpty {
            #expect(
                result.standardError.hasPrefix(
                    "error: '\(workspace.path("edited.json"))' is not a valid partnerctl plan: "))
        } else {
            #expect(
                result.standardError == "error: refusing the plan: it breaks partnerctl's rules\n\(expected)\n",
                "\(attack)")
        }
        let after = try await SQLiteStore(path: workspace.path("account.db"), mode: .readOnly)
            .snapshot(tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10")
        #expect(after == before)
    }

    @Test func aPlanEditedToAnotherTenantIsStale() async throws {
        let (workspace, _, original) = try await savedPlan()
        defer { workspace.remove() }
        var plan = original
        var account = try #require(plan["account"] as? [String: Any])
        account["tenantId"] = "00000000-0000-4000-8000-000000000000"
        plan["account"] = account
        let result = try await applyEdited(plan, in: workspace)
        #expect(result.exitCode == 4)
        #expect(
            result.standardError
                == "error: the plan is stale: the store has no account 00000000-0000-4000-8000-000000000000 "
                + "in the state it was planned against; plan again\n")
        let accounts = try await SQLiteStore(path: workspace.path("account.db"), mode: .readOnly).accounts()
        #expect(accounts.map(\.tenantId) == ["3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10"], "the edited tenant was enrolled")
    }

    @Test func aPlanFromAnotherCheckoutsStoreAtTheSamePathIsRefused() async throws {
        let (workspace, config, _) = try await savedPlan()
        defer { workspace.remove() }
        // Another checkout: a store at the same path, made by its own apply, holding the same state.
        try FileManager.default.moveItem(atPath: workspace.path("account.db"), toPath: workspace.path("first.db"))
        try? FileManager.default.removeItem(atPath: workspace.path("account.db-wal"))
        try? FileManager.default.removeItem(atPath: workspace.path("account.db-shm"))
        let text = try String(contentsOfFile: config, encoding: .utf8)
        let original = try workspace.write(
            "original.yaml", text.replacingOccurrences(of: "displayName: Samuel Sales", with: "displayName: Sam Sales"))
        #expect(
            await partnerctl(
                "apply", original, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("pw-b.tsv")
            ).exitCode == 0)
        let result = await partnerctl("apply", "--plan", workspace.path("plan.json"), "--store", workspace.storeURL)
        #expect(result.exitCode == 4)
        #expect(result.standardError.hasPrefix("error: the plan was made against another store (identity "))
    }

    @Test func aPlanMadeBeforeTheStoreExistedAppliesOnce() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        #expect(
            await partnerctl("plan", config, "--store", workspace.storeURL, "--out", workspace.path("plan.json"))
                .exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")))
        let apply = await partnerctl(
            "apply", "--plan", workspace.path("plan.json"), "--store", workspace.storeURL,
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        let again = await partnerctl(
            "apply", "--plan", workspace.path("plan.json"), "--store", workspace.storeURL,
            "--passwords-out", workspace.path("pw2.tsv"))
        #expect(again.exitCode == 4)
    }

    // MARK: - Output paths

    @Test(arguments: ["account.db", "account.db-wal", "partner.yaml", ".", "link.json"])
    func outputNeverReplacesTheStoreTheConfigOrAnythingButAFile(target: String) async throws {
        let (workspace, config) = try await appliedQuickstart()
        defer { workspace.remove() }
        #expect(FileManager.default.createFile(atPath: workspace.path("account.db-wal"), contents: nil))
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path("link.json"), withDestinationPath: workspace.path("elsewhere.json"))
        let before = try Data(
            contentsOf: URL(
                fileURLWithPath: workspace.path(
                    target == "." ? "account.db" : target == "link.json" ? "account.db" : target)))
        let path = workspace.path(target)
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--out", path)
        // export reads no configuration: only the store is protected from it.
        let export =
            target == "partner.yaml" ? plan : await partnerctl("export", "--store", workspace.storeURL, "-o", path)
        let reason: String
        switch target {
        case "account.db", "account.db-wal": reason = "it is the store's file '\(path)'"
        case "partner.yaml": reason = "it is the configuration being read"
        case ".": reason = "it is a directory"
        default: reason = "it is a symbolic link; name the file it points to"
        }
        #expect(plan.exitCode == 1)
        #expect(plan.standardError == "error: cannot write '\(path)': \(reason)\n")
        if target != "partner.yaml" {
            #expect(export.exitCode == 1)
            #expect(export.standardError == "error: cannot write '\(path)': \(reason)\n")
        }
        let after = try Data(
            contentsOf: URL(
                fileURLWithPath: workspace.path(
                    target == "." ? "account.db" : target == "link.json" ? "account.db" : target)))
        #expect(after == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("elsewhere.json")))
        #expect(await partnerctl("plan", config, "--store", workspace.storeURL, "--detailed-exitcode").exitCode == 0)
    }

    @Test func aCharacterDeviceGetsPlainWrites() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        let result = await partnerctl("plan", config, "--store", workspace.storeURL, "--out", "/dev/null")
        #expect(result.exitCode == 0)
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    // MARK: - Locks

    @Test(arguments: ["inf", "nan", "1e300", "-1", "86401"])
    func absurdLockTimeoutsAreUsageErrors(value: String) async throws {
        let result = await partnerctl("apply", "partner.yaml", "--lock-timeout=\(value)")
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--lock-timeout must be a number of seconds from 0 to 86400"))
    }

    @Test func aStaleLockThatCannotBeBrokenFailsWithTheStoresErrorWithinTheTimeout() async throws {
        let (workspace, config) = try await appliedQuickstart()
        defer { workspace.remove() }
        // A lock left by a process of this host that is gone, in a store that refuses to delete it.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        _ = try await store.acquireLock(
            tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10",
            holder: LockHolder(
                user: "ci", host: ProcessInfo.processInfo.hostName, pid: gone.processIdentifier,
                command: "partnerctl apply"))
        try await DatabaseQueue(path: workspace.path("account.db")).write { db in
            try db.execute(
                sql: "CREATE TRIGGER keep_locks BEFORE DELETE ON locks BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        let start = Date()
        let result = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--lock-timeout", "1")
        // Bounded, not endless: about the 1 s lock timeout, with room for a busy machine.
        #expect(Date().timeIntervalSince(start) < 120)
        #expect(result.exitCode == 1)
        #expect(result.standardError.hasSuffix("error: sqlite break lock: disk full\n"))
    }

    // MARK: - Read-only commands and store paths

    @Test func planNeverWritesEvenWithAMistypedStorePath() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        let store = "sqlite:\(workspace.path("typo/folder/account.db"))"
        let plan = await partnerctl("plan", config, "--store", store)
        #expect(plan.exitCode == 0)
        #expect(
            plan.standardError == "No store at \(store) yet: planned against an empty account; "
                + "'partnerctl apply' creates the store and enrolls the account.\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("typo")))
        let drift = await partnerctl("drift", config, "--store", store)
        #expect(drift.exitCode == 1)
        #expect(drift.standardOutput.contains("no store at \(store); 'partnerctl apply' creates it"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("typo")))
    }

    @Test func planSaysWhenAnApplyIsRunning() async throws {
        let (workspace, config) = try await appliedQuickstart()
        defer { workspace.remove() }
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        _ = try await store.beginApply(
            tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10",
            holder: LockHolder(user: "deploy", host: "ci-7", pid: 4242, command: "partnerctl apply"),
            stepCount: 3)
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(plan.standardError.hasPrefix("note: an apply by deploy@ci-7 (pid 4242) started "))
        #expect(plan.standardError.hasSuffix(" and has not finished; this plan may be out of date when it does.\n"))
    }

    @Test func aStoreInTheHomeFolderIsExpandedAndOthersHomesRefused() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.quickstart)
        let home = ["HOME": workspace.path("home")]
        try FileManager.default.createDirectory(atPath: workspace.path("home"), withIntermediateDirectories: true)
        let apply = await partnerctl(
            "apply", config, "--store", "sqlite:~/stores/x.db", "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"), environment: home)
        #expect(apply.exitCode == 0)
        let mode =
            try FileManager.default.attributesOfItem(atPath: workspace.path("home/stores/x.db"))[.posixPermissions]
            as? Int
        #expect(mode == 0o600)
        let other = await partnerctl("plan", config, "--store", "sqlite:~bob/x.db", environment: home)
        #expect(other.exitCode == 64)
        #expect(
            other.standardError
                == "error: cannot expand '~bob' in the store URL 'sqlite:~bob/x.db'; write the folder out in full\n")
    }

    // MARK: - Damaged stores

    @Test func anEmptiedStoreIsRefusedNotEnrolledAfresh() async throws {
        let (workspace, config) = try await appliedQuickstart()
        defer { workspace.remove() }
        try await DatabaseQueue(path: workspace.path("account.db")).write { db in
            try db.execute(sql: "DELETE FROM accounts")
        }
        for command in [["plan", config], ["apply", config, "--auto-approve"]] {
            let result = await partnerctl(command + ["--store", workspace.storeURL])
            #expect(result.exitCode == 1)
            #expect(
                result.standardError.hasSuffix(
                    "error: the store is damaged: \(workspace.storeURL) has applies recorded for tenant "
                        + "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10 but no account: it was emptied or damaged, and partnerctl "
                        + "will not enroll the account afresh; restore it from a backup, or run 'partnerctl check' for details\n"
                ))
        }
        // A store file emptied to nothing is not a store at all.
        try Data().write(to: URL(fileURLWithPath: workspace.path("account.db")))
        let apply = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve")
        #expect(apply.exitCode == 1)
        #expect(apply.standardError.contains("is not a partnerctl store (it has none of partnerctl's tables)"))
    }

    @Test func aDamagedPageIsFoundByCheckAndRefusedByApply() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.write("partner.yaml", ConfigGenerator.yaml(users: 300))
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("pw.tsv")
            ).exitCode == 0)
        let sound = await partnerctl("check", "--store", workspace.storeURL)
        #expect(sound.exitCode == 0)
        #expect(sound.standardOutput.hasPrefix("\(workspace.storeURL) is sound: 1 account, store "))
        // Scribble over the b-tree pages in the middle of the file.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: workspace.path("account.db")))
        let size = try handle.seekToEnd()
        for page in stride(from: UInt64(8), to: size / 4096 - 2, by: 3) {
            try handle.seek(toOffset: page * 4096)
            try handle.write(contentsOf: Data(repeating: 0xA5, count: 64))
        }
        try handle.close()
        let check = await partnerctl("check", "--store", workspace.storeURL)
        #expect(check.exitCode == 1)
        #expect(check.standardError.hasPrefix("error: \(workspace.storeURL) is damaged:\n  - "))
        let apply = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve")
        #expect(apply.exitCode == 1)
        #expect(apply.standardError.contains("error: "))
        #expect(!apply.standardOutput.contains("Apply complete"))
    }

    // MARK: - Mass removal

    @Test func removingMoreUsersThanThePolicyAllowsNeedsTheFlag() async throws {
        let (workspace, config) = try await appliedQuickstart()
        defer { workspace.remove() }
        let text = try String(contentsOfFile: config, encoding: .utf8)
        let pruned =
            text.components(separatedBy: "  - userPrincipalName: sam.sales")[0]
            + "\npolicy:\n  pruneUsers: true\n  protectedUsers: [admin@fabrikam.onmicrosoft.com]\n"
        try pruned.write(toFile: config, atomically: true, encoding: .utf8)
        let reason = "it deletes or disables 1 of the account's 2 users (50%; policy.maxRemovalPercent is 25)"
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(plan.standardError == "warning: apply will refuse this plan without --allow-mass-removal: \(reason)\n")
        let refused = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve")
        #expect(refused.exitCode == 1)
        #expect(
            refused.standardError
                == "error: refusing the plan: \(reason); if that is intended, apply again with --allow-mass-removal\n")
        let allowed = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--allow-mass-removal")
        #expect(allowed.exitCode == 0, "\(allowed.standardError)")
        #expect(allowed.standardOutput.hasSuffix("Apply complete: 1 of 1 steps done.\n"))
    }
}
