import PartnerModel
import PartnerTestSupport
import PostgresNIO
import Testing

@testable import PartnerPostgres

/// `integrityProblems()` finds rows partnerctl could not have written, and the snapshot refuses
/// them rather than dropping them.
@Suite(.enabled(if: TestPostgresServer.isConfigured, TestPostgresServer.skipReason))
struct PostgresIntegrityTests {
    let tenantId = StoreConformance.account.tenantId

    /// Damage done by hand, and the problem it must be reported as.
    struct Damage: Sendable, CustomTestStringConvertible {
        let name: String
        let statements: [String]
        let problem: String
        var testDescription: String { name }
    }

    static let damages = [
        Damage(
            name: "an unknown role", statements: ["UPDATE partnerctl.user_roles SET role = 'super-admin'"],
            problem: "unknown role 'super-admin' in partnerctl.user_roles"),
        Damage(
            name: "an unknown cloud", statements: ["UPDATE partnerctl.accounts SET cloud = 'moon'"],
            problem: "unknown cloud 'moon' in partnerctl.accounts"),
        Damage(
            name: "an unknown apply status", statements: ["UPDATE partnerctl.applies SET status = 'paused'"],
            problem: "unknown apply status 'paused' in partnerctl.applies"),
        Damage(
            name: "an unknown journal status", statements: ["UPDATE partnerctl.journal SET status = 'maybe'"],
            problem: "unknown journal status 'maybe' in partnerctl.journal"),
        Damage(
            name: "journal entries without their apply",
            statements: [
                "ALTER TABLE partnerctl.journal DROP CONSTRAINT journal_apply_id_fkey",
                "DELETE FROM partnerctl.applies",
            ],
            problem: "2 journal entries belong to no recorded apply"),
        Damage(
            name: "no store identity", statements: ["DELETE FROM partnerctl.store"],
            problem: "partnerctl.store holds 0 store identities, not 1"),
        Damage(
            name: "two store identities", statements: ["INSERT INTO partnerctl.store (identity) VALUES ('another')"],
            problem: "partnerctl.store holds 2 store identities, not 1"),
        Damage(
            name: "an unknown schema version",
            statements: ["INSERT INTO partnerctl.schema_migrations (version, name) VALUES (99, 'future')"],
            problem: "schema version 99 is not one this partnerctl knows"),
        Damage(
            name: "a migration not applied", statements: ["DELETE FROM partnerctl.schema_migrations WHERE version = 2"],
            problem:
                "schema migration 2 ('store identity, redacted command lines, no version triggers') has not been applied"
        ),
        Damage(
            name: "a missing table", statements: ["DROP TABLE partnerctl.journal"],
            problem: "the table partnerctl.journal is missing"),
    ]

    @Test func aSoundStoreHasNoProblems() async throws {
        try await withFilledStore { store in
            let problems = try await store.integrityProblems()
            #expect(problems == [])
        }
    }

    @Test(arguments: damages)
    func damageIsReported(_ damage: Damage) async throws {
        try await withFilledStore { store in
            try await TestServer.outside(store) { connection in
                for statement in damage.statements { try await connection.run(PostgresQuery(unsafeSQL: statement)) }
            }
            let problems = try await store.integrityProblems()
            #expect(problems == [damage.problem])
        }
    }

    @Test(arguments: [
        (
            "UPDATE partnerctl.user_roles SET role = 'super-admin'",
            "user 'li.wei@contoso.partner.onmschina.cn' has role 'super-admin', which partnerctl does not know"
        ),
        (
            "UPDATE partnerctl.accounts SET cloud = 'moon'",
            "an account has cloud 'moon', which partnerctl does not know"
        ),
    ])
    func theSnapshotRefusesWhatItDoesNotKnow(sql: String, problem: String) async throws {
        try await withFilledStore { store in
            try await TestServer.outside(store) { try await $0.run(PostgresQuery(unsafeSQL: sql)) }
            await #expect(throws: StoreError.damaged(problem)) { try await store.snapshot(tenantId: tenantId) }
        }
    }

    /// A store with an account, a user holding a role, and a finished apply of two steps.
    private func withFilledStore(_ body: (PostgresStore) async throws -> Void) async throws {
        try await TestServer.withFreshStore { store in
            try await store.enroll(StoreConformance.account, offers: StoreConformance.offers)
            let applyId = try await store.beginApply(tenantId: tenantId, holder: .ci, stepCount: 2)
            for (offset, step) in [StoreConformance.everyKindOfStep[1], StoreConformance.everyKindOfStep[3]]
                .enumerated()
            {
                try await store.execute(
                    step, context: StepContext(tenantId: tenantId, applyId: applyId, index: offset + 1))
            }
            try await store.finishApply(id: applyId, status: .succeeded)
            try await body(store)
        }
    }
}
