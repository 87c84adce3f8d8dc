import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// What the conformance suite cannot see: changes made outside partnerctl, large catalogs, and
/// steps against accounts that do not exist.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresStateTests {
    let account = StoreConformance.account

    /// Drift detection relies on this: someone editing the tables by hand moves the fingerprint.
    @Test(arguments: [
        "UPDATE partnerctl.offers SET hidden = true WHERE offer_id = 'MS-AZR-0145P'",
        "INSERT INTO partnerctl.profile_fields (tenant_id, path, value) VALUES ('8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10', 'support.email', 'a@b.cn')",
        "DELETE FROM partnerctl.offers WHERE offer_id = 'CFQ7TTC0LF8R'",
        "TRUNCATE partnerctl.offers",
        "UPDATE partnerctl.accounts SET domain = 'contoso.cn' WHERE tenant_id = '8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10'",
    ])
    func aChangeMadeOutsidePartnerctlMovesTheFingerprint(sql: String) async throws {
        try await TestServer.withFreshStore { store in
            try await store.enroll(account, offers: StoreConformance.offers)
            try await store.enroll(StoreConformance.otherAccount, offers: [])
            let before = try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint
            let otherBefore = try #require(try await store.snapshot(tenantId: StoreConformance.otherAccount.tenantId))
                .fingerprint
            try await TestServer.outside(store) { try await $0.run(PostgresQuery(unsafeSQL: sql)) }
            let after = try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint
            #expect(after != before)
            if !sql.hasPrefix("TRUNCATE") {
                let otherAfter = try #require(
                    try await store.snapshot(tenantId: StoreConformance.otherAccount.tenantId))
                #expect(otherAfter.fingerprint == otherBefore, "another account's fingerprint moved")
            }
        }
    }

    /// The fingerprint is a hash of the state: the ledger (locks, applies, journal) and reads never
    /// move it, and a hand edit undone by hand moves it back, since the plan's starting point holds
    /// again.
    @Test func theFingerprintFollowsTheStateAlone() async throws {
        try await TestServer.withFreshStore { store in
            try await store.enroll(account, offers: StoreConformance.offers)
            let before = try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint
            #expect(before.hasPrefix("sha256:"))

            let lock = try await store.acquireLock(tenantId: account.tenantId, holder: .ci)
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: .ci, stepCount: 1)
            try await store.recordFailure(
                applyId: applyId, index: 1, step: StoreConformance.everyKindOfStep[0], error: "throttled")
            try await store.finishApply(id: applyId, status: .failed)
            try await store.releaseLock(lock)
            _ = try await store.history(tenantId: account.tenantId, limit: 10)
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint == before)

            let hide = "UPDATE partnerctl.offers SET hidden = true WHERE offer_id = 'MS-AZR-0145P'"
            try await TestServer.outside(store) { try await $0.run(PostgresQuery(unsafeSQL: hide)) }
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint != before)
            let show = "UPDATE partnerctl.offers SET hidden = false WHERE offer_id = 'MS-AZR-0145P'"
            try await TestServer.outside(store) { try await $0.run(PostgresQuery(unsafeSQL: show)) }
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint == before)
        }
    }

    /// A plan made against one database never applies to another, even one holding the same state.
    @Test func twoDatabasesHoldingTheSameStateHaveDifferentFingerprints() async throws {
        var snapshots: [AccountSnapshot] = []
        for _ in 1...2 {
            try await TestServer.withFreshStore { store in
                try await store.enroll(account, offers: StoreConformance.offers)
                snapshots.append(try #require(try await store.snapshot(tenantId: account.tenantId)))
            }
        }
        #expect(snapshots[0].state == snapshots[1].state)
        #expect(snapshots[0].storeIdentity != snapshots[1].storeIdentity)
        #expect(snapshots[0].fingerprint != snapshots[1].fingerprint)
    }

    @Test func aLargeCatalogIsEnrolledAndListedInIdOrder() async throws {
        let offers =
            (0..<20_000).map {
                Offer(id: "OFFER-\(String($0, radix: 36))", name: "Offer \($0)", category: "c\($0 % 7)")
            }
            + [Offer(id: "a-lower", name: "lower", category: "x"), Offer(id: "_under", name: "under", category: "x")]
        try await TestServer.withFreshStore { store in
            try await store.enroll(account, offers: offers.shuffled())
            let snapshot = try #require(try await store.snapshot(tenantId: account.tenantId))
            #expect(snapshot.state.offers == offers.sorted { $0.id < $1.id })
        }
    }

    @Test func aStepForAnAccountThatIsNotEnrolledIsRefused() async throws {
        try await TestServer.withFreshStore { store in
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: .ci, stepCount: 1)
            await #expect(throws: StoreError.notEnrolled(tenantId: account.tenantId)) {
                try await store.execute(
                    StoreConformance.everyKindOfStep[0],
                    context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 1))
            }
        }
    }

    @Test func aRoleStepWithoutARoleIsRejectedAsTheReferenceModelDoes() async throws {
        let step = PlanStep(kind: .roleGrant, target: "li.wei@contoso.partner.onmschina.cn", reason: "test")
        var reference = AccountState(account: account)
        let expected = try #require(#expect(throws: StepError.self) { try reference.apply(step) })
        try await TestServer.withFreshStore { store in
            try await store.enroll(account, offers: [])
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: .ci, stepCount: 1)
            await #expect(throws: StoreError.stepRejected(step: step.summary, reason: expected.message)) {
                try await store.execute(
                    step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 1))
            }
        }
    }
}
