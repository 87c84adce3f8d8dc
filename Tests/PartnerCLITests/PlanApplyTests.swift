import Foundation
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

@Suite struct PlanApplyTests {
    static let example = "examples/21vianet-contoso/partner.yaml"
    static let tenant = "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10"

    /// A workspace whose store already holds the example, applied.
    func appliedWorkspace() async throws -> (Workspace, String) {
        let workspace = try Workspace()
        let config = try workspace.copyExample(Self.example)
        let apply = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("passwords.tsv"))
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        return (workspace, config)
    }

    func edit(_ path: String, _ replacements: [(String, String)]) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "the example has no '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aChangedConfigurationPlansExactlyTheChange() async throws {
        let (workspace, config) = try await appliedWorkspace()
        defer { workspace.remove() }
        try edit(
            config,
            [
                ("    displayName: 张敏\n", "    displayName: 张敏（销售）\n"),
                ("    roles: [admin-agent, sales-agent]", "    roles: [sales-agent]"),
                ("    telephone: \"+86 400 555 0100\"", "    telephone: \"+86 400 555 0199\""),
            ])
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--detailed-exitcode")
        #expect(plan.exitCode == 2)
        #expect(
            plan.standardOutput == """
                Profile:
                  ~ support
                      telephone  +86 400 555 0100 → +86 400 555 0199

                Users:
                  ~ zhang.min@contoso.partner.onmschina.cn
                      displayName  张敏 → 张敏（销售）
                      - role admin-agent

                Plan: 0 to add, 2 to change, 1 to remove.

                """)
    }

    @Test func jsonPlansCarryTheirOriginAndSteps() async throws {
        let (workspace, config) = try await appliedWorkspace()
        defer { workspace.remove() }
        try edit(config, [("    displayName: 张敏\n", "    displayName: 张敏敏\n")])
        let result = await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "json")
        #expect(result.exitCode == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 2)
        #expect(json["store"] as? String == workspace.storeURL)
        #expect((json["configHash"] as? String)?.hasPrefix("sha256:") == true)
        #expect((json["fingerprint"] as? String)?.hasPrefix("sha256:") == true)
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        #expect(steps.first?["kind"] as? String == "user.update")
        #expect((steps.first?["changes"] as? [[String: Any]])?.first?["after"] as? String == "张敏敏")
    }

    @Test func aSavedPlanAppliesExactlyAndAStaleOneIsRefused() async throws {
        let (workspace, config) = try await appliedWorkspace()
        defer { workspace.remove() }
        try edit(
            config,
            [
                (
                    "  - userPrincipalName: zhou.tao@contoso.partner.onmschina.cn\n    displayName: 周涛\n",
                    "  - userPrincipalName: zhou.tao@contoso.partner.onmschina.cn\n    displayName: 周涛涛\n"
                )
            ])
        let planFile = workspace.path("plan.json")
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--out", planFile)
        #expect(plan.exitCode == 0)
        #expect(
            plan.standardOutput.hasSuffix(
                "Saved the plan to \(planFile); apply it with: partnerctl apply --plan \(planFile)\n"))

        let show = await partnerctl("show", planFile)
        #expect(show.exitCode == 0)
        #expect(show.standardOutput.contains("displayName  周涛 → 周涛涛"))

        // Someone changes the same user by hand before the saved plan is applied.
        try edit(config, [("    displayName: 周涛涛\n", "    displayName: 周涛（手工）\n")])
        #expect(await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve").exitCode == 0)

        let stale = await partnerctl("apply", "--plan", planFile)
        #expect(stale.exitCode == 4)
        #expect(
            stale.standardError == """
                error: the plan is stale: the account changed since it was planned; plan again
                  - user 'zhou.tao@contoso.partner.onmschina.cn' displayName is '周涛（手工）', the plan expected '周涛'

                """)

        let fresh = workspace.path("fresh.json")
        try edit(config, [("    displayName: 周涛（手工）\n", "    displayName: 周涛\n")])
        #expect(await partnerctl("plan", config, "--store", workspace.storeURL, "--out", fresh).exitCode == 0)
        let applied = await partnerctl("apply", "--plan", fresh)
        #expect(applied.exitCode == 0, "\(applied.standardError)")
        #expect(applied.standardError == "[1/1] user.update zhou.tao@contoso.partner.onmschina.cn done\n")
    }

    @Test func applyWithoutATerminalOrApprovalRefusesAndChangesNothing() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.example)
        let result = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--passwords-out", workspace.path("p"))
        #expect(result.exitCode == 1)
        #expect(
            result.standardError.hasSuffix(
                "error: refusing to apply without confirmation: standard input is not a terminal; pass --auto-approve\n"
            ))
        #expect(await partnerctl("plan", config, "--store", workspace.storeURL, "--detailed-exitcode").exitCode == 2)
        #expect(
            await partnerctl("history", "--store", workspace.storeURL).standardOutput
                == "No applies recorded for contoso.partner.onmschina.cn.\n")
    }

    @Test func newUsersPasswordsGoOnlyToThePrivateFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.example)
        let refused = await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve")
        #expect(refused.exitCode == 64)
        #expect(
            refused.standardError.hasSuffix(
                "error: the plan creates 12 users; pass --passwords-out FILE to receive their temporary passwords (or --passwords-out - to print them)\n"
            ))

        let passwords = workspace.path("passwords.tsv")
        let apply = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--passwords-out", passwords)
        #expect(apply.exitCode == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: passwords)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let lines = try #require(workspace.read("passwords.tsv")).split(separator: "\n")
        #expect(lines.count == 12)
        let secrets = lines.map { String($0.split(separator: "\t")[1]) }
        #expect(secrets.allSatisfy { $0.count == 16 })
        let history = await partnerctl("history", "--store", workspace.storeURL, "--steps", "--format", "json")
        let everything = apply.standardOutput + apply.standardError + history.standardOutput
        #expect(!secrets.contains { everything.contains($0) })
        let database = try Data(contentsOf: URL(fileURLWithPath: workspace.path("account.db")))
        #expect(!secrets.contains { database.range(of: Data($0.utf8)) != nil })
    }

    @Test(.enabled(if: ExternalTool("sqlite3").isInstalled, "sqlite3 is not installed"))
    func aFailedStepStopsTheApplyAndReportsWhatWasDone() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.example)
        _ = try SQLiteStore(path: workspace.path("account.db"), mode: .create)
        // The store refuses one kind of change, as a throttled or failing backend would.
        let trigger = """
            CREATE TRIGGER refuse_billing BEFORE INSERT ON user_roles WHEN NEW.role = 'billing-admin'
            BEGIN SELECT RAISE(ABORT, 'billing admins are frozen'); END
            """
        #expect(try await ExternalTool("sqlite3").run([workspace.path("account.db"), trigger]).status == 0)
        let result = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("pw.tsv"))
        #expect(result.exitCode == 1)
        #expect(
            result.standardError.contains(
                "[22/40] role.grant wang.jing@contoso.partner.onmschina.cn billing-admin failed: sqlite role.grant: billing admins are frozen\n"
            ))
        #expect(!result.standardError.contains("[23/40]"))
        #expect(
            result.standardOutput.hasSuffix(
                """

                Apply failed: 21 done, 1 failed, 18 not started.
                  failed: role.grant wang.jing@contoso.partner.onmschina.cn billing-admin: sqlite role.grant: billing admins are frozen
                Run 'partnerctl plan' to see what is left; steps already done will not run again.

                """))
        // The users created before the failure got their passwords; the plan shows the rest.
        #expect(workspace.read("pw.tsv")?.split(separator: "\n").count == 12)
        let rest = await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "json")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(rest.standardOutput.utf8)) as? [String: Any])
        #expect((json["steps"] as? [Any])?.count == 19)
    }

    @Test func anInvalidConfigurationExits3AndCreatesNoStore() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = await partnerctl(
            "plan", Repository.path("examples/invalid/unknown-role.yaml"), "--store", workspace.storeURL)
        #expect(result.exitCode == 3)
        #expect(
            result.standardError.contains(
                "error: user 'zhang.min@contoso.partner.onmschina.cn' has unknown role 'admin-agnet'"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")))
    }

    @Test func aHeldLockExits4NamingItsHolderAndUnlockBreaksIt() async throws {
        let (workspace, config) = try await appliedWorkspace()
        defer { workspace.remove() }
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        let holder = LockHolder(
            user: "deploy", host: ProcessInfo.processInfo.hostName, pid: getpid(), command: "partnerctl apply prod.yaml"
        )
        let lock = try await store.acquireLock(tenantId: Self.tenant, holder: holder)
        try edit(config, [("    displayName: 张敏\n", "    displayName: 张敏敏\n")])

        let blocked = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve", "--lock-timeout", "0.3")
        #expect(blocked.exitCode == 4)
        #expect(
            blocked.standardError.contains(
                "error: the account is locked by deploy@\(holder.host) (pid \(getpid()), 'partnerctl apply prod.yaml') since "
            ))
        #expect(
            blocked.standardError.hasSuffix(
                "; lock id \(lock.id)\nhint: if that apply is no longer running, break its lock with 'partnerctl unlock \(lock.id)'\n"
            ))

        let unlock = await partnerctl("unlock", lock.id, "--store", workspace.storeURL)
        #expect(unlock.exitCode == 0)
        #expect(unlock.standardOutput.hasPrefix("Broke lock \(lock.id) on tenant \(Self.tenant), held by deploy@"))
        #expect(await partnerctl("unlock", lock.id, "--store", workspace.storeURL).exitCode == 1)
        #expect(await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve").exitCode == 0)
    }

    /// A password with characters that break URL parsing is still kept out of the message.
    @Test(arguments: [
        (
            "https://ci:pa/ss#w@partner.example.com/v1",
            "error: the Partner Center store is named partnercenter: (the real endpoints) or partnercenter:URL "
                + "(one base URL, as 'partnerctl serve' offers), not https://ci@partner.example.com/v1\n"
        ),
        (
            "mysql://ci:se#cret@db.example.com/x",
            "error: 'mysql://ci@db.example.com/x' is not a store URL (expected sqlite:PATH, postgres://… or partnercenter:[URL])\n"
        ),
    ])
    func aStoreURLThatCannotBeUsedIsShownWithoutItsPassword(url: String, message: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.example)
        let plan = await partnerctl("plan", config, "--store", url)
        #expect(plan.exitCode != 0)
        #expect(plan.standardError == message)
    }

    @Test func aConfigurationForAnotherCloudThanTheStoredAccountIsRefused() async throws {
        let (workspace, config) = try await appliedWorkspace()
        defer { workspace.remove() }
        try edit(
            config,
            [
                ("  cloud: china", "  cloud: global"), ("      country: CN\n", "      country: JP\n"),
                ("    usageLocation: CN\n", "    usageLocation: US\n"),
            ])
        let result = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(result.exitCode == 1)
        #expect(
            result.standardError.hasSuffix(
                """
                error: the store holds tenant \(Self.tenant) as china cloud, domain 'contoso.partner.onmschina.cn'; \
                the configuration says global, 'contoso.partner.onmschina.cn'

                """))
    }

    @Test func exportRoundTripsToAnEmptyPlan() async throws {
        let (workspace, _) = try await appliedWorkspace()
        defer { workspace.remove() }
        let exported = workspace.path("exported.yaml")
        let export = await partnerctl("export", "--store", workspace.storeURL, "-o", exported)
        #expect(export.exitCode == 0)
        #expect(export.standardError == "Exported contoso.partner.onmschina.cn (12 users) to \(exported).\n")
        let text = try #require(workspace.read("exported.yaml"))
        #expect(text.contains("companyName: 康拓信息技术（北京）有限公司"))
        #expect(text.contains("postalCode: \"100022\""))
        #expect(await partnerctl("validate", exported).exitCode == 0)
        let plan = await partnerctl("plan", exported, "--store", workspace.storeURL, "--detailed-exitcode")
        #expect(plan.exitCode == 0)
        #expect(plan.standardOutput == "No changes. The account matches the configuration.\n")
    }

    /// Each apply records the hash of the configuration its plan was made from and the
    /// partnerctl that ran it; JSON history gives them, and every step as kind, target and role.
    @Test func jsonHistoryRecordsWhatEachApplyWasMadeFrom() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample(Self.example)
        func configHash(_ json: String) throws -> String? {
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["configHash"] as? String
        }
        let first = try configHash(
            await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "json").standardOutput)
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("passwords.tsv")
            ).exitCode == 0)
        try edit(config, [("    displayName: 张敏\n", "    displayName: 张敏敏\n")])
        #expect(
            await partnerctl("plan", config, "--store", workspace.storeURL, "--out", workspace.path("plan.json"))
                .exitCode == 0)
        let second = try configHash(try #require(workspace.read("plan.json")))
        #expect(await partnerctl("apply", "--plan", workspace.path("plan.json")).exitCode == 0)
        #expect(first != nil && second != nil && first != second)

        let version = await partnerctl("--version").standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        #expect(result.exitCode == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 2)
        let applies = try #require(json["applies"] as? [[String: Any]])
        #expect(applies.map { $0["configHash"] as? String } == [second, first])
        #expect(applies.map { $0["partnerctlVersion"] as? String } == [version, version])
        #expect(!version.isEmpty)
        let newest = try #require(applies.first?["journal"] as? [[String: Any]])
        #expect(newest.count == 1)
        #expect(newest.first?.keys.sorted() == ["index", "kind", "status", "target"])
        #expect(newest.first?["kind"] as? String == "user.update")
        #expect(newest.first?["target"] as? String == "zhang.min@contoso.partner.onmschina.cn")
        let grants = try #require(applies.last?["journal"] as? [[String: Any]]).filter {
            $0["kind"] as? String == "role.grant"
        }
        #expect(!grants.isEmpty)
        #expect(grants.allSatisfy { ($0["target"] as? String)?.hasSuffix("@contoso.partner.onmschina.cn") == true })
        #expect(grants.allSatisfy { $0["role"] is String })
    }

    @Test func historyListsAppliesAndTheirSteps() async throws {
        let (workspace, _) = try await appliedWorkspace()
        defer { workspace.remove() }
        let history = await partnerctl("history", "--store", workspace.storeURL, "--steps")
        #expect(history.exitCode == 0)
        let lines = history.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines[0] == "APPLY     STARTED               STATUS     STEPS DONE  BY")
        #expect(lines[1].contains("  succeeded  40/40       "))
        #expect(lines.contains("  1. profile.update legalBusiness  done"))
        #expect(lines.contains("  40. catalog.hide MS-AZR-0145P  done"))
    }
}
