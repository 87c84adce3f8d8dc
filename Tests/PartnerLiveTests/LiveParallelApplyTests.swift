import Foundation
import PartnerCLITesting
import PartnerEngine
import PartnerLive
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Synchronization
import Testing

/// A ledger that journals nothing as done for `user.create` steps: the process "died" between a
/// create's answer and its journal row (the step then fails, as a killed process's would never end).
struct LedgerLosingCreates: StepLedger, ForwardingStore {
    let inner: SQLiteStore

    var base: any AccountStore { inner }
    func recordIntent(tenantId: String, applyId: String, index: Int, step: PlanStep, requestId: String) async throws
        -> StepIntent
    {
        try await inner.recordIntent(
            tenantId: tenantId, applyId: applyId, index: index, step: step, requestId: requestId)
    }
    func recordDone(applyId: String, index: Int, step: PlanStep) async throws {
        if step.kind == .userCreate { throw StoreError.backend(operation: "journal step", message: "killed") }
        try await inner.recordDone(applyId: applyId, index: index, step: step)
    }
}

/// Parallel applies against `serve`: request ids journaled before the request and picked up after
/// a crash, lost answers, faults and replication delay, and a `partnerctl` killed mid-apply.
@Suite struct LiveParallelApplyTests {
    static let account = StoreConformance.account
    static let holder = LockHolder(user: "ci", host: ProcessInfo.processInfo.hostName, pid: getpid(), command: "test")
    static let user = "li.wei@" + StoreConformance.account.domain

    /// The `partnerctl` executable built beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("partnerctl")
            .path
    }

    static func rows(_ ledger: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", ledger, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func aCreateThatActedButWasNeverJournaledIsPickedUpByTheNextApplyWithItsRequestId() async throws {
        // Replication keeps the new user invisible long enough for the next apply to plan its
        // create again: the case where a second request would have made a second user.
        let harness = try await LiveHarness(accounts: [Self.account]) { $0.replicationDelay = .seconds(4) }
        defer { Task { await harness.stop() } }
        let tokens = try await harness.userTokens(Self.account)
        let credentials = LiveCredentials(
            .refreshToken(clientId: LiveHarness.clientId, clientSecret: nil, refreshToken: tokens.refresh))
        let ledgerPath = harness.directory.file("ledger.db")
        let ledger = try SQLiteStore(path: ledgerPath, mode: .create)
        let plan = Plan(
            account: Self.account,
            steps: [
                PlanStep(
                    kind: .userCreate, target: Self.user,
                    changes: [
                        FieldChange(field: "displayName", before: nil, after: "Li Wei")
                    ], reason: "test"),
                PlanStep(kind: .roleGrant, target: Self.user, role: .salesAgent, reason: "test"),
            ])

        // The first apply's create acts; its journal row never comes.
        let dying = PartnerCenterStore(
            endpoints: LiveEndpoints(singleBase: harness.root), credentials: credentials,
            ledger: LedgerLosingCreates(inner: ledger), policy: LiveHarness.fastPolicy)
        try await dying.enroll(Self.account, offers: [])
        let first = try await Applier(store: dying, holder: Self.holder, delegate: SilentDelegate())
            .execute(plan, passwords: MemoryPasswords(), parallelism: 8)
        #expect(first.failure?.step == plan.steps[0])
        #expect(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state.users[Self.user] != nil)

        // The next apply runs the same create again (a saved plan, or a listing that lags): the
        // user is not found by name yet (replication), and the create converges.
        let store = PartnerCenterStore(
            endpoints: LiveEndpoints(singleBase: harness.root), credentials: credentials, ledger: ledger,
            policy: LiveHarness.fastPolicy)
        let passwords = MemoryPasswords()
        let second = try await Applier(store: store, holder: Self.holder, delegate: SilentDelegate())
            .execute(plan, passwords: passwords, parallelism: 8)
        #expect(second.succeeded, "\(String(describing: second.failure))")
        let state = try #require(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state)
        #expect(state.users.keys.sorted() == [Self.user])
        #expect(state.users[Self.user]?.roles == [.salesAgent])
        // The same request id both times, the first intent superseded; this apply's password
        // was not used (the user has the first apply's).
        let intents = try Self.rows(
            ledgerPath,
            "SELECT request_id || ' ' || superseded FROM step_intents WHERE step LIKE 'user.create%' ORDER BY recorded_at"
        )
        #expect(intents.count == 2)
        #expect(intents.first?.split(separator: " ").first == intents.last?.split(separator: " ").first)
        #expect(intents.map { $0.split(separator: " ").last } == ["1", "0"])
        #expect(passwords.lines == ["\(Self.user) pending", "\(Self.user) refused"])
        let lines = harness.logLines.all
        #expect(lines.filter { $0.hasPrefix("POST /v1.0/users 201") }.count == 1)
    }

    /// A configuration of `users` generated users for serve's China account.
    static func config(_ harness: LiveHarness, users: Int) throws -> String {
        let path = harness.directory.file("partner.yaml")
        try ConfigGenerator.yaml(users: users).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func environment(_ harness: LiveHarness) async throws -> [String: String] {
        let tokens = try await harness.userTokens(account)
        return ["PARTNERCTL_TOKEN": tokens.partnerCenter, "PARTNERCTL_GRAPH_TOKEN": tokens.graph]
    }

    /// Users and their roles as serve holds them, and the profile.
    static func finalState(_ harness: LiveHarness) async throws -> AccountState {
        try #require(try await harness.backing.snapshot(tenantId: account.tenantId)?.state)
    }

    @Test func answersLostAfterTheirRequestActedAreAnsweredAgainWithoutActingTwice() async throws {
        let harness = try await LiveHarness(accounts: [Self.account]) { settings in
            settings.faults = try! FaultPlan(parsing: "lost:0.25")
            settings.seed = 5
        }
        defer { Task { await harness.stop() } }
        let config = try Self.config(harness, users: 30)
        let ledger = harness.directory.file("ledger.db")
        let apply = await partnerctl(
            [
                "apply", config, "--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledger,
                "--auto-approve", "--passwords-out", harness.directory.file("passwords.tsv"), "--parallelism", "8",
            ], environment: try await Self.environment(harness))
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        let lines = harness.logLines.all
        #expect(lines.contains { $0.hasPrefix("POST /v1.0/users reset") }, "no create lost its answer")
        #expect(!lines.contains { $0.hasPrefix("POST /v1.0/users 400") })
        #expect(try await Self.finalState(harness).users.count == 30)
        let drift = await partnerctl(
            ["drift", config, "--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledger],
            environment: try await Self.environment(harness))
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")
    }

    @Test func aParallelApplyUnderFaultsAndReplicationDelayEndsLikeACleanOne() async throws {
        let users = 40
        let clean = try await LiveHarness(accounts: [Self.account])
        defer { Task { await clean.stop() } }
        let faulty = try await LiveHarness(accounts: [Self.account]) { settings in
            settings.faults = try! FaultPlan(parsing: "429:0.2,503:0.1,reset:0.05")
            settings.seed = 23
            settings.replicationDelay = .seconds(2)
        }
        defer { Task { await faulty.stop() } }
        for harness in [clean, faulty] {
            let config = try Self.config(harness, users: users)
            let apply = await partnerctl(
                [
                    "apply", config, "--store", "partnercenter:" + harness.root, "--ledger",
                    "sqlite:" + harness.directory.file("ledger.db"), "--auto-approve", "--passwords-out",
                    harness.directory.file("passwords.tsv"),
                ], environment: try await Self.environment(harness))
            #expect(apply.exitCode == 0, "\(apply.standardError)")
        }
        let expected = try await Self.finalState(clean)
        let got = try await Self.finalState(faulty)
        #expect(got.users == expected.users)
        #expect(got.profile == expected.profile)
        #expect(got.users.count == users)
        // Every step journaled done exactly once, in one apply; faults happened; no create was
        // refused as a duplicate.
        let journal = try Self.rows(
            faulty.directory.file("ledger.db"), "SELECT step || ' ' || status FROM journal")
        let records = try await SQLiteStore(path: faulty.directory.file("ledger.db"), mode: .readOnly)
            .history(tenantId: Self.account.tenantId, limit: 10)
        #expect(records.count == 1)
        #expect(journal.count == records.first?.stepCount)
        #expect(Set(journal).count == journal.count)
        #expect(journal.allSatisfy { $0.hasSuffix(" done") })
        let lines = faulty.logLines.all
        #expect(lines.contains { $0.contains(" 429 ") } && lines.contains { $0.contains(" 503 ") })
        #expect(lines.contains { $0.contains(" reset ") })
        #expect(!lines.contains { $0.hasPrefix("POST /v1.0/users 400") })
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary), "the partnerctl executable is not built"))
    func killingAParallelApplyThenApplyingAgainConvergesWithNothingDoubled() async throws {
        let users = 120
        let harness = try await LiveHarness(accounts: [Self.account]) { settings in
            settings.faults = try! FaultPlan(parsing: "latency:5-40ms")
        }
        defer { Task { await harness.stop() } }
        let config = try Self.config(harness, users: users)
        let ledger = harness.directory.file("ledger.db")
        let arguments = [
            "apply", config, "--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledger,
            "--auto-approve", "--parallelism", "8",
        ]
        let environment = try await Self.environment(harness)
        // Frozen by the reading thread once 60 steps are done (of about 400), then killed.
        let sixty: @Sendable (String) -> Bool = { $0.components(separatedBy: " done\n").count > 60 }
        let process = try RunningProcess(
            Self.binary, arguments + ["--passwords-out", harness.directory.file("passwords-1.tsv")],
            environment: environment, pauseWhen: sixty)
        let reached = try await process.waitFor(sixty)
        #expect(reached && process.isRunning, "the apply finished before it could be killed")
        process.signal(SIGKILL)
        #expect(try await process.wait().signalled)
        let unfinished = try Self.rows(
            ledger,
            """
            SELECT count(*) FROM step_intents i WHERE NOT EXISTS (SELECT 1 FROM journal j
            WHERE j.apply_id = i.apply_id AND j.step_index = i.step_index AND j.status = 'done')
            """)
        #expect(unfinished != ["0"], "the kill left no step in flight")

        let again = await partnerctl(
            arguments + ["--passwords-out", harness.directory.file("passwords-2.tsv")], environment: environment)
        #expect(again.exitCode == 0, "\(again.standardError)")
        let drift = await partnerctl(
            ["drift", config, "--store", "partnercenter:" + harness.root, "--ledger", "sqlite:" + ledger],
            environment: environment)
        #expect(drift.exitCode == 0, "\(drift.standardOutput)\(drift.standardError)")

        // Nothing doubled: one create per user over both applies, none refused as a duplicate.
        let state = try await Self.finalState(harness)
        #expect(state.users.count == users)
        let lines = harness.logLines.all
        #expect(lines.filter { $0.hasPrefix("POST /v1.0/users 201") }.count == users)
        #expect(!lines.contains { $0.hasPrefix("POST /v1.0/users 400") })
        let done = try Self.rows(ledger, "SELECT step FROM journal WHERE status = 'done'")
        #expect(Set(done).count == done.count, "a step was journaled done twice")
        // Every user has a password line: created, or pending in the killed apply's file (the
        // user made by a request in flight when it died), or — for a create picked up after it —
        // refused in the second file and pending in the first.
        var statuses: [String: [String]] = [:]
        for file in ["passwords-1.tsv", "passwords-2.tsv"] {
            let text = (try? String(contentsOfFile: harness.directory.file(file), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t").map(String.init)
                statuses[fields[0].lowercased(), default: []].append(fields.count == 3 ? fields[2] : "")
            }
        }
        for key in state.users.keys {
            let seen = statuses[key] ?? []
            #expect(seen.contains("created") || seen.contains("pending"), "\(key) has no usable password: \(seen)")
        }
    }
}

/// Says nothing.
struct SilentDelegate: ApplyDelegate {
    func waitingForLock(held lock: AccountLock) {}
    func brokeStaleLock(_ lock: AccountLock) {}
    func willExecute(_ step: PlanStep, index: Int, of total: Int) {}
    func didExecute(_ step: PlanStep, index: Int, of total: Int, error: (any Error)?, seconds: Double) {}
}
