import Foundation
import PartnerLive
import PartnerModel
import PartnerPostgres
import PartnerTestSupport
import Testing

/// The store conformance suite against a real `partnerctl serve` over HTTP, the ledger in a
/// temporary SQLite file.
@Suite struct LiveConformanceTests {
    /// The checks that cannot hold for a live store, and why.
    static let notForThisBackend: [String: String] = [
        "every kind of step does what the reference model does":
            "its steps include catalog.hide/show, which Partner Center has no API for: the live store refuses "
            + "them (checked, with every other kind of step, by everyKindOfStepButTheCatalog below)",
        "accounts are isolated from each other":
            "it reads the second account's state, and a live store's credentials are for one tenant "
            + "(a refresh token is bound to its tenant); the ledger's isolation is the SQLite store's own check",
    ]

    /// Every check but those.
    @Test(arguments: StoreConformance.checks.filter { notForThisBackend[$0.name] == nil })
    func conforms(to check: StoreConformanceCheck) async throws {
        try await withStore { store in try await check.run(store) }
    }

    /// The checks left out are the suite's, by name, each with its reason.
    @Test func theChecksLeftOutAreNamedWithTheirReasons() {
        let names = Set(StoreConformance.checks.map(\.name))
        for (name, reason) in Self.notForThisBackend {
            #expect(names.contains(name), "no conformance check is named '\(name)'")
            #expect(!reason.isEmpty)
        }
        #expect(StoreConformance.checks.count - Self.notForThisBackend.count >= 9)
    }

    /// Every step of the suite's sequence but the catalog ones does what the reference model does
    /// (Graph needs a display name: a user created without one gets the name's local part), and
    /// the catalog steps are refused, saying why, changing nothing.
    @Test func everyKindOfStepButTheCatalog() async throws {
        try await withStore { store in
            let account = StoreConformance.account
            try await store.enroll(account, offers: StoreConformance.offers)
            var expected = AccountState(account: account, offers: StoreConformance.offers.sorted { $0.id < $1.id })
            let applyId = try await store.beginApply(
                tenantId: account.tenantId, holder: LockHolder(user: "ci", host: "h", pid: 1, command: "test"),
                stepCount: StoreConformance.everyKindOfStep.count)
            for (offset, step) in StoreConformance.everyKindOfStep.enumerated() {
                let context = StepContext(tenantId: account.tenantId, applyId: applyId, index: offset + 1)
                if step.kind == .catalogHide || step.kind == .catalogShow {
                    await #expect(
                        throws: StoreError.stepRejected(
                            step: step.summary, reason: PartnerCenterStore.catalogNotManaged)
                    ) { try await store.execute(step, context: context) }
                    continue
                }
                try expected.apply(step)
                for (key, user) in expected.users where user.displayName == nil {
                    expected.users[key]?.displayName = String(user.userPrincipalName.split(separator: "@")[0])
                }
                try await store.execute(step, context: context)
                let state = try #require(try await store.snapshot(tenantId: account.tenantId)).state
                #expect(state == expected, "after step \(offset + 1): \(step.summary)")
            }
            let journal = try #require(try await store.history(tenantId: account.tenantId, limit: 1).first).journal
            #expect(journal.count == StoreConformance.everyKindOfStep.count - 3)
            #expect(journal.allSatisfy { $0.status == .done })
        }
    }

    /// A store over a fresh serve whose only account is the suite's (absent from the ledger),
    /// signed in with a refresh token.
    private func withStore(_ body: (any AccountStore) async throws -> Void) async throws {
        try await Self.withStore(ledger: nil, body)
    }

    /// The same, the ledger `ledger` (else a temporary SQLite file).
    static func withStore(ledger: (any StepLedger)?, _ body: (any AccountStore) async throws -> Void) async throws {
        let harness = try await LiveHarness(accounts: [StoreConformance.account, StoreConformance.otherAccount])
        do {
            let tokens = try await harness.userTokens(StoreConformance.account)
            let credentials = LiveCredentials(
                .refreshToken(
                    clientId: LiveHarness.clientId, clientSecret: LiveHarness.clientSecret, refreshToken: tokens.refresh
                ))
            let live =
                try ledger.map {
                    PartnerCenterStore(
                        endpoints: LiveEndpoints(singleBase: harness.root), credentials: credentials, ledger: $0,
                        policy: LiveHarness.fastPolicy)
                } ?? harness.store(credentials)
            try await body(ServeEnrollingStore(live: live, backing: harness.backing))
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }
}

/// The suite again with the ledger in PostgreSQL (when a test server is configured).
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct LivePostgresLedgerConformanceTests {
    @Test(arguments: StoreConformance.checks.filter { LiveConformanceTests.notForThisBackend[$0.name] == nil })
    func conforms(to check: StoreConformanceCheck) async throws {
        try await TestPostgresServer.withFreshDatabase { url in
            let ledger = try await PostgresStore.open(url: url, environment: ProcessInfo.processInfo.environment)
            do {
                try await LiveConformanceTests.withStore(ledger: ledger) { store in try await check.run(store) }
            } catch {
                await ledger.close()
                throw error
            }
            await ledger.close()
        }
    }
}
