import Foundation
import PartnerLive
import PartnerModel
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Testing

/// The Partner Center store's own behaviours: replication delay, ids on every request,
/// converging after a crash, redacted credentials.
@Suite struct LiveStoreTests {
    static let account = StoreConformance.account
    static let holder = LockHolder(user: "ci", host: "h", pid: 1, command: "test")

    private func withStore(
        _ configure: (inout ServeSettings) -> Void = { _ in },
        _ body: (PartnerCenterStore, LiveHarness) async throws -> Void
    ) async throws {
        let harness = try await LiveHarness(accounts: [Self.account], configure)
        do {
            let tokens = try await harness.userTokens(Self.account)
            let store = try harness.store(
                LiveCredentials(
                    .refreshToken(clientId: LiveHarness.clientId, clientSecret: nil, refreshToken: tokens.refresh)))
            try await store.enroll(Self.account, offers: [])
            try await body(store, harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    private func context(_ store: PartnerCenterStore, _ index: Int, _ applyId: String) -> StepContext {
        StepContext(
            tenantId: Self.account.tenantId, applyId: applyId, index: index, newUserPassword: "Tr0ub4dor&3-horse")
    }

    @Test func aGrantRightAfterACreateWaitsOutReplication() async throws {
        try await withStore({ $0.replicationDelay = .milliseconds(1500) }) { store, _ in
            let applyId = try await store.beginApply(tenantId: Self.account.tenantId, holder: Self.holder, stepCount: 2)
            let create = StoreConformance.everyKindOfStep[1]
            let grant = StoreConformance.everyKindOfStep[3]
            try await store.execute(create, context: context(store, 1, applyId))
            let start = ContinuousClock.now
            try await store.execute(grant, context: context(store, 2, applyId))
            #expect(ContinuousClock.now - start >= .milliseconds(1000))
            // The grant shows once the user has replicated to every reader: polled, not slept for.
            let granted = try await Self.eventually {
                try await store.snapshot(tenantId: Self.account.tenantId)?.state.users[
                    "li.wei@contoso.partner.onmschina.cn"]?.roles == [.globalAdmin]
            }
            #expect(granted, "li.wei never showed the role granted")
        }
    }

    @Test func aUserNeverSeenAfterTheBoundFailsClearly() async throws {
        try await withStore({ $0.replicationDelay = .seconds(60) }) { store, harness in
            let short = PartnerCenterStore(
                endpoints: LiveEndpoints(singleBase: harness.root),
                credentials: LiveCredentials(
                    .tokens(
                        partnerCenter: try await harness.userTokens(Self.account).partnerCenter,
                        graph: try await harness.userTokens(Self.account).graph)),
                ledger: store.ledger,
                policy: LiveRetryPolicy(
                    baseDelay: .milliseconds(20), maxDelay: .milliseconds(100), replicationBound: .milliseconds(500)))
            let applyId = try await short.beginApply(tenantId: Self.account.tenantId, holder: Self.holder, stepCount: 2)
            try await short.execute(StoreConformance.everyKindOfStep[1], context: context(short, 1, applyId))
            do {
                try await short.execute(StoreConformance.everyKindOfStep[3], context: context(short, 2, applyId))
                Issue.record("the grant went through")
            } catch let StoreError.backend(operation, message) {
                #expect(operation.contains("li.wei@contoso.partner.onmschina.cn"))
                #expect(message.contains("replication delay"), "\(message)")
            }
        }
    }

    @Test func aStepRetriedAfterACrashConverges() async throws {
        try await withStore { store, _ in
            let applyId = try await store.beginApply(tenantId: Self.account.tenantId, holder: Self.holder, stepCount: 9)
            let steps = StoreConformance.everyKindOfStep
            try await store.execute(steps[1], context: context(store, 1, applyId))
            // The grant, revoke and delete each done twice, as a rerun after a crash would.
            try await store.execute(steps[3], context: context(store, 2, applyId))
            try await store.execute(steps[3], context: context(store, 3, applyId))
            try await store.execute(steps[4], context: context(store, 4, applyId))
            try await store.execute(steps[4], context: context(store, 5, applyId))
            try await store.execute(steps[11], context: context(store, 6, applyId))
            try await store.execute(steps[11], context: context(store, 7, applyId))
            let user = try #require(
                try await store.snapshot(tenantId: Self.account.tenantId)?.state.users[
                    "li.wei@contoso.partner.onmschina.cn"])
            #expect(user.roles == [.globalAdmin])
            let delete = PlanStep(kind: .userDelete, target: "li.wei@contoso.partner.onmschina.cn", reason: "test")
            try await store.execute(delete, context: context(store, 8, applyId))
            try await store.execute(delete, context: context(store, 9, applyId))
            #expect(try await store.snapshot(tenantId: Self.account.tenantId)?.state.users.isEmpty == true)
            let journal = try #require(try await store.history(tenantId: Self.account.tenantId, limit: 1).first).journal
            #expect(journal.map(\.index) == Array(1...9))
        }
    }

    @Test func everyRequestCarriesTheStoresCorrelationId() async throws {
        try await withStore { store, harness in
            _ = try await store.snapshot(tenantId: Self.account.tenantId)
            let ids = Set(
                harness.logLines.all.filter { $0.hasPrefix("GET /v1") }.compactMap { $0.split(separator: " ").last })
            #expect(ids.count == 1)
        }
    }

    @Test func credentialsNeverDescribeTheirSecrets() {
        let environment = [
            "PARTNERCTL_CLIENT_ID": "app", "PARTNERCTL_CLIENT_SECRET": "s3cret-value",
            "PARTNERCTL_REFRESH_TOKEN": "rt-value",
        ]
        let credentials = try! #require(LiveCredentials.from(environment: environment))
        #expect(!"\(credentials)".contains("s3cret-value") && !"\(credentials)".contains("rt-value"))
        #expect(!String(reflecting: credentials).contains("rt-value"))
        #expect(LiveCredentials.from(environment: [:]) == nil)
        #expect(LiveCredentials.from(environment: ["PARTNERCTL_CLIENT_ID": "app"]) == nil)
    }

    /// Polls `condition` until it holds, for up to a minute (a busy machine is slow, never this
    /// slow).
    ///
    /// - Returns: Whether it came to hold.
    static func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}

@Suite struct LiveStoreMoreTests {
    static let account = StoreConformance.account

    @Test func aLedgerPasswordIsRedactedFromAPartnerCenterStoreURL() {
        #expect(
            StoreURL.redacted("partnercenter:http://127.0.0.1:8080#ledger=postgres://ci:s3cret@db.example.com:5432/pc")
                == "partnercenter:http://127.0.0.1:8080#ledger=postgres://ci@db.example.com:5432/pc")
        #expect(StoreURL.redacted("partnercenter:#ledger=sqlite:l.db") == "partnercenter:#ledger=sqlite:l.db")
    }

    @Test func tokensAreRedeemedAgainWhenTheyExpire() async throws {
        // Tokens that end (here: all at once, at serve's word, rather than after a second that a
        // busy machine can stretch past the next request) are redeemed again.
        let harness = try await LiveHarness(accounts: [Self.account])
        let tokens = try await harness.userTokens(Self.account)
        let store = try harness.store(
            LiveCredentials(
                .refreshToken(clientId: LiveHarness.clientId, clientSecret: nil, refreshToken: tokens.refresh)))
        try await store.enroll(Self.account, offers: [])
        #expect(try await store.snapshot(tenantId: Self.account.tenantId) != nil)
        #expect(await harness.service.expireAccessTokens() >= 2)
        #expect(try await store.snapshot(tenantId: Self.account.tenantId) != nil)
        await harness.stop()
    }

    @Test func profilesWithAnETagAreWrittenWholeWithTheETagJustRead() async throws {
        let harness = try await LiveHarness(accounts: [Self.account])
        let tokens = try await harness.userTokens(Self.account)
        let store = try harness.store(
            LiveCredentials(.tokens(partnerCenter: tokens.partnerCenter, graph: tokens.graph)))
        try await store.enroll(Self.account, offers: [])
        let applyId = try await store.beginApply(
            tenantId: Self.account.tenantId, holder: LockHolder(user: "ci", host: "h", pid: 1, command: "t"),
            stepCount: 3)
        let steps = [
            PlanStep(
                kind: .profileUpdate, target: "organization",
                changes: [
                    FieldChange(field: "organization.companyName", before: nil, after: "Contoso"),
                    FieldChange(field: "organization.email", before: nil, after: "admin@contoso.cn"),
                ], reason: "test"),
            PlanStep(
                kind: .profileUpdate, target: "organization",
                changes: [
                    FieldChange(field: "organization.email", before: "admin@contoso.cn", after: nil),
                    FieldChange(field: "organization.defaultAddress.city", before: nil, after: "Beijing"),
                ], reason: "test"),
            PlanStep(
                kind: .profileUpdate, target: "support",
                changes: [
                    FieldChange(field: "support.email", before: nil, after: "help@contoso.cn")
                ], reason: "test"),
        ]
        var expected = AccountState(account: Self.account)
        for (offset, step) in steps.enumerated() {
            try expected.apply(step)
            try await store.execute(
                step, context: StepContext(tenantId: Self.account.tenantId, applyId: applyId, index: offset + 1))
        }
        let profile = try #require(try await store.snapshot(tenantId: Self.account.tenantId)).state.profile
        #expect(profile == expected.profile)
        #expect(try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state.profile == expected.profile)
        await harness.stop()
    }
}

@Suite struct LiveTimeoutTests {
    static let account = StoreConformance.account

    @Test func slowAnswersTimeOutAndAreRetriedUntilTheStepsConverge() async throws {
        let harness = try await LiveHarness(accounts: [Self.account]) { settings in
            // Half the answers come after the timeout, by a margin a busy machine cannot eat into.
            settings.faults = try! FaultPlan(parsing: "latency:0-8000ms")
            settings.seed = 5
        }
        let tokens = try await harness.userTokens(Self.account)
        let store = try harness.store(
            LiveCredentials(.tokens(partnerCenter: tokens.partnerCenter, graph: tokens.graph)),
            policy: LiveRetryPolicy(
                maxAttempts: 40, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50),
                timeout: .milliseconds(4000),
                replicationBound: .seconds(10)))
        try await store.enroll(Self.account, offers: [])
        let applyId = try await store.beginApply(
            tenantId: Self.account.tenantId, holder: LockHolder(user: "ci", host: "h", pid: 1, command: "t"),
            stepCount: 3)
        let steps = Array(StoreConformance.everyKindOfStep[1...3])
        for (offset, step) in steps.enumerated() {
            try await store.execute(
                step,
                context: StepContext(
                    tenantId: Self.account.tenantId, applyId: applyId, index: offset + 1,
                    newUserPassword: "Tr0ub4dor&3-horse"))
        }
        // Answers may still be sleeping in serve: wait until the account shows every step done.
        _ = try await LiveStoreTests.eventually {
            let state = try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state
            return state?.users["li.wei@contoso.partner.onmschina.cn"]?.roles == [.globalAdmin]
                && state?.users.count == 2
        }
        let state = try await harness.backing.snapshot(tenantId: Self.account.tenantId)?.state
        #expect(
            state?.users.keys.sorted() == [
                "li.wei@contoso.partner.onmschina.cn", "zhang.min@contoso.partner.onmschina.cn",
            ])
        #expect(state?.users["li.wei@contoso.partner.onmschina.cn"]?.roles == [.globalAdmin])
        await harness.stop()
    }
}
