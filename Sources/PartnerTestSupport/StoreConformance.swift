import Foundation
import PartnerModel
import Testing

/// The conformance suite: every store backend runs every check, unchanged, against a real
/// instance (a SQLite file, a PostgreSQL database, the API over HTTP):
///
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conforms(to check: StoreConformanceCheck) async throws {
///     try await check.run(makeFreshStore())
/// }
/// ```
public enum StoreConformance {
    /// The account the checks enroll.
    public static let account = AccountIdentity(
        tenantId: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", cloud: .china, domain: "contoso.partner.onmschina.cn")
    /// A second account, for isolation checks.
    public static let otherAccount = AccountIdentity(
        tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10", cloud: .global, domain: "fabrikam.onmicrosoft.com")
    /// The catalog the checks enroll with.
    public static let offers = [
        Offer(id: "CFQ7TTC0LF8R", name: "Office 365 E3", category: "office-365"),
        Offer(id: "CFQ7TTC0LH18", name: "Microsoft 365 Business Basic", category: "microsoft-365"),
        Offer(id: "MS-AZR-0145P", name: "Azure plan", category: "azure"),
    ]
    static let holder = LockHolder(user: "ci", host: "runner-1", pid: 4242, command: "partnerctl apply partner.yaml")

    /// A sequence of steps of every kind, valid when applied in order to a freshly enrolled account.
    public static let everyKindOfStep: [PlanStep] = [
        PlanStep(
            kind: .profileUpdate, target: "legalBusiness",
            changes: [
                FieldChange(field: "legalBusiness.companyName", before: nil, after: "康拓信息技术（北京）有限公司"),
                FieldChange(field: "legalBusiness.address.postalCode", before: nil, after: "010000"),
            ], reason: "test"),
        PlanStep(
            kind: .userCreate, target: "li.wei@contoso.partner.onmschina.cn",
            changes: [
                FieldChange(field: "displayName", before: nil, after: "李伟"),
                FieldChange(field: "usageLocation", before: nil, after: "CN"),
                FieldChange(field: "enabled", before: nil, after: "true"),
            ], reason: "test"),
        // A field named twice: every store keeps the last value, as the reference model does.
        PlanStep(
            kind: .userCreate, target: "Zhang.Min@contoso.partner.onmschina.cn",
            changes: [
                FieldChange(field: "firstName", before: nil, after: "Min"),
                FieldChange(field: "firstName", before: nil, after: "敏"),
                FieldChange(field: "enabled", before: nil, after: "false"),
            ], reason: "test"),
        PlanStep(kind: .roleGrant, target: "li.wei@contoso.partner.onmschina.cn", role: .globalAdmin, reason: "test"),
        PlanStep(kind: .roleGrant, target: "li.wei@contoso.partner.onmschina.cn", role: .adminAgent, reason: "test"),
        PlanStep(kind: .roleGrant, target: "zhang.min@contoso.partner.onmschina.cn", role: .salesAgent, reason: "test"),
        PlanStep(kind: .userEnable, target: "zhang.min@contoso.partner.onmschina.cn", reason: "test"),
        PlanStep(
            kind: .userUpdate, target: "li.wei@contoso.partner.onmschina.cn",
            changes: [
                FieldChange(field: "displayName", before: "李伟", after: "李 伟"),
                FieldChange(field: "lastName", before: nil, after: "李"),
            ], reason: "test"),
        PlanStep(kind: .catalogHide, target: "MS-AZR-0145P", reason: "test"),
        PlanStep(kind: .catalogHide, target: "CFQ7TTC0LF8R", reason: "test"),
        PlanStep(kind: .catalogShow, target: "CFQ7TTC0LF8R", reason: "test"),
        PlanStep(kind: .roleRevoke, target: "li.wei@contoso.partner.onmschina.cn", role: .adminAgent, reason: "test"),
        PlanStep(kind: .userDisable, target: "zhang.min@contoso.partner.onmschina.cn", reason: "test"),
        PlanStep(
            kind: .profileUpdate, target: "legalBusiness",
            changes: [
                FieldChange(field: "legalBusiness.address.postalCode", before: "010000", after: nil)
            ], reason: "test"),
        PlanStep(kind: .userDelete, target: "zhang.min@contoso.partner.onmschina.cn", reason: "test"),
    ]

    /// Every check.
    public static let checks: [StoreConformanceCheck] = [
        StoreConformanceCheck(name: "an unknown account has no snapshot") { (store: any AccountStore) async throws in
            #expect(try await store.snapshot(tenantId: account.tenantId) == nil)
            #expect(try await store.accounts() == [])
        },
        StoreConformanceCheck(name: "an enrolled account starts empty with its catalog visible") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let snapshot = try #require(try await store.snapshot(tenantId: account.tenantId))
            #expect(snapshot.state == AccountState(account: account, offers: offers.sorted { $0.id < $1.id }))
            #expect(try await store.accounts() == [account])
        },
        StoreConformanceCheck(name: "every kind of step does what the reference model does") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            var expected = AccountState(account: account, offers: offers.sorted { $0.id < $1.id })
            let applyId = try await store.beginApply(
                tenantId: account.tenantId, holder: holder, stepCount: everyKindOfStep.count)
            for (offset, step) in everyKindOfStep.enumerated() {
                try expected.apply(step)
                try await store.execute(
                    step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: offset + 1))
                let state = try #require(try await store.snapshot(tenantId: account.tenantId)).state
                #expect(state == expected, "after step \(offset + 1): \(step.summary)")
            }
        },
        StoreConformanceCheck(name: "the fingerprint changes with every change and only then") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 3)
            var seen: Set<String> = [try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint]
            for (offset, step) in everyKindOfStep.prefix(3).enumerated() {
                try await store.execute(
                    step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: offset + 1))
                let fingerprint = try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint
                #expect(seen.insert(fingerprint).inserted, "step \(offset + 1) did not change the fingerprint")
            }
            let again = try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint
            #expect(seen.contains(again))
            _ = try await store.history(tenantId: account.tenantId, limit: 10)
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).fingerprint == again)
        },
        StoreConformanceCheck(name: "a rejected step changes nothing and is not journaled as done") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 2)
            try await store.execute(
                everyKindOfStep[1], context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 1))
            let before = try #require(try await store.snapshot(tenantId: account.tenantId))
            await #expect(
                throws: StoreError.stepRejected(
                    step: everyKindOfStep[1].summary,
                    reason: "user 'li.wei@contoso.partner.onmschina.cn' already exists")
            ) {
                try await store.execute(
                    everyKindOfStep[1], context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 2))
            }
            for step in [
                PlanStep(
                    kind: .roleGrant, target: "nobody@contoso.partner.onmschina.cn", role: .salesAgent, reason: "test"),
                PlanStep(kind: .catalogHide, target: "CFQ7TTC0XXXX", reason: "test"),
            ] {
                await #expect(throws: StoreError.self) {
                    try await store.execute(
                        step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 2))
                }
            }
            #expect(try await store.snapshot(tenantId: account.tenantId) == before)
            let journal = try #require(try await store.history(tenantId: account.tenantId, limit: 1).first).journal
            #expect(journal.map(\.status) == [.done])
        },
        StoreConformanceCheck(name: "a batch of steps commits all of them with their journal entries, or none") {
            (store: any AccountStore) async throws in
            // Only a store that commits several steps in one transaction takes batches.
            guard store.maxStepsPerTransaction >= everyKindOfStep.count + 1 else { return }
            try await store.enroll(account, offers: offers)
            let applyId = try await store.beginApply(
                tenantId: account.tenantId, holder: holder, stepCount: everyKindOfStep.count)
            let before = try #require(try await store.snapshot(tenantId: account.tenantId))
            let batch = everyKindOfStep.enumerated().map { offset, step in
                (step: step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: offset + 1))
            }
            // A rejected step at the end undoes every step before it in the batch.
            let nobody = PlanStep(
                kind: .roleGrant, target: "nobody@contoso.partner.onmschina.cn", role: .salesAgent, reason: "test")
            let failing = batch + [(nobody, StepContext(tenantId: account.tenantId, applyId: applyId, index: 99))]
            await #expect(throws: StoreError.self) { try await store.execute(batch: failing) }
            #expect(try await store.snapshot(tenantId: account.tenantId) == before)
            #expect(try #require(try await store.history(tenantId: account.tenantId, limit: 1).first).journal == [])
            // The same steps without it all commit, each journaled done.
            try await store.execute(batch: batch)
            var expected = AccountState(account: account, offers: offers.sorted { $0.id < $1.id })
            for step in everyKindOfStep { try expected.apply(step) }
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).state == expected)
            let journal = try #require(try await store.history(tenantId: account.tenantId, limit: 1).first).journal
            #expect(journal.map(\.index) == Array(1...everyKindOfStep.count))
            #expect(journal.allSatisfy { $0.status == .done })
        },
        StoreConformanceCheck(name: "the lock is exclusive, names its holder, and can be broken") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let lock = try await store.acquireLock(tenantId: account.tenantId, holder: holder)
            #expect(lock.holder == holder)
            let other = LockHolder(user: "dev", host: "laptop", pid: 7, command: "partnerctl apply")
            do {
                _ = try await store.acquireLock(tenantId: account.tenantId, holder: other)
                Issue.record("a second lock was granted")
            } catch StoreError.lockHeld(let held) {
                #expect(held.id == lock.id)
                #expect(held.holder == holder)
            }
            let otherTenant = try await store.acquireLock(tenantId: otherAccount.tenantId, holder: other)
            try await store.releaseLock(lock)
            try await store.releaseLock(lock)
            let second = try await store.acquireLock(tenantId: account.tenantId, holder: other)
            #expect(try await store.breakLock(id: second.id).holder == other)
            await #expect(throws: StoreError.noSuchLock(second.id)) { try await store.breakLock(id: second.id) }
            _ = try await store.acquireLock(tenantId: account.tenantId, holder: holder)
            try await store.releaseLock(otherTenant)
        },
        StoreConformanceCheck(name: "an apply under the store's own lock runs, journals and ends as one without") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let lock = try await store.acquireLock(tenantId: account.tenantId, holder: holder)
            try await store.interruptRunningApplies(tenantId: account.tenantId)
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 3)
            var expected = AccountState(account: account, offers: offers.sorted { $0.id < $1.id })
            for (offset, step) in everyKindOfStep.prefix(2).enumerated() {
                try expected.apply(step)
                try await store.execute(
                    step, context: StepContext(tenantId: account.tenantId, applyId: applyId, index: offset + 1))
            }
            await #expect(
                throws: StoreError.stepRejected(
                    step: everyKindOfStep[1].summary,
                    reason: "user 'li.wei@contoso.partner.onmschina.cn' already exists")
            ) {
                try await store.execute(
                    everyKindOfStep[1], context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 3))
            }
            try await store.recordFailure(applyId: applyId, index: 3, step: everyKindOfStep[1], error: "rejected")
            try await store.finishApply(id: applyId, status: .failed)
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).state == expected)
            let record = try #require(try await store.history(tenantId: account.tenantId, limit: 1).first)
            #expect(record.id == applyId)
            #expect(record.status == .failed)
            #expect(record.journal.map(\.status) == [.done, .done, .failed])
            try await store.releaseLock(lock)
            try await store.releaseLock(try await store.acquireLock(tenantId: account.tenantId, holder: holder))
        },
        StoreConformanceCheck(name: "history lists applies newest first with their journals") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            let first = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 2)
            try await store.execute(
                everyKindOfStep[0], context: StepContext(tenantId: account.tenantId, applyId: first, index: 1))
            try await store.execute(
                everyKindOfStep[1], context: StepContext(tenantId: account.tenantId, applyId: first, index: 2))
            try await store.finishApply(id: first, status: .succeeded)
            let origin = ApplyOrigin(
                configHash: "sha256:" + String(repeating: "0f", count: 32), partnerctlVersion: "0.1.0")
            let second = try await store.beginApply(
                tenantId: account.tenantId, holder: holder, stepCount: 3, origin: origin)
            // Errors are kept as given, controls and backslashes included: history escapes them.
            let error = "throttled\u{1B}[2J \\ 限流\n"
            try await store.recordFailure(applyId: second, index: 1, step: everyKindOfStep[3], error: error)
            try await store.finishApply(id: second, status: .failed)
            let history = try await store.history(tenantId: account.tenantId, limit: 10)
            #expect(history.map(\.id) == [second, first])
            #expect(history.map(\.origin) == [origin, .unknown])
            #expect(history.map(\.status) == [.failed, .succeeded])
            #expect(history.map(\.stepCount) == [3, 2])
            #expect(
                history[1].journal == [
                    JournalEntry(index: 1, step: everyKindOfStep[0].summary, status: .done),
                    JournalEntry(index: 2, step: everyKindOfStep[1].summary, status: .done),
                ])
            #expect(
                history[0].journal == [
                    JournalEntry(index: 1, step: everyKindOfStep[3].summary, status: .failed, error: error)
                ])
            #expect(history[0].holder == holder)
            #expect(history[0].finishedAt != nil)
            #expect(try await store.history(tenantId: account.tenantId, limit: 1).map(\.id) == [second])
        },
        StoreConformanceCheck(name: "running applies are interrupted, finished ones and other accounts' left alone") {
            (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            try await store.enroll(otherAccount, offers: [])
            let finished = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 1)
            try await store.finishApply(id: finished, status: .succeeded)
            let orphan = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 2)
            let elsewhere = try await store.beginApply(tenantId: otherAccount.tenantId, holder: holder, stepCount: 1)
            try await store.interruptRunningApplies(tenantId: account.tenantId)
            let history = try await store.history(tenantId: account.tenantId, limit: 10)
            #expect(history.map(\.id) == [orphan, finished])
            #expect(history.map(\.status) == [.interrupted, .succeeded])
            #expect(history[0].finishedAt != nil)
            let other = try await store.history(tenantId: otherAccount.tenantId, limit: 10)
            #expect(other.map(\.id) == [elsewhere])
            #expect(other.map(\.status) == [.running])
        },
        StoreConformanceCheck(name: "accounts are isolated from each other") { (store: any AccountStore) async throws in
            try await store.enroll(account, offers: offers)
            try await store.enroll(otherAccount, offers: [offers[0]])
            let applyId = try await store.beginApply(tenantId: account.tenantId, holder: holder, stepCount: 2)
            try await store.execute(
                everyKindOfStep[0], context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 1))
            try await store.execute(
                everyKindOfStep[1], context: StepContext(tenantId: account.tenantId, applyId: applyId, index: 2))
            let other = try #require(try await store.snapshot(tenantId: otherAccount.tenantId))
            #expect(other.state == AccountState(account: otherAccount, offers: [offers[0]]))
            #expect(try await store.history(tenantId: otherAccount.tenantId, limit: 10).isEmpty)
            #expect(try await store.accounts().map(\.tenantId) == [otherAccount.tenantId, account.tenantId])
        },
        StoreConformanceCheck(name: "direct changes do what the reference model does and are not journaled") {
            (store: any AccountStore) async throws in
            // For stores `partnerctl serve` writes through; others have nothing to check.
            guard let direct = store as? any AccountStore & DirectChanges else { return }
            try await store.enroll(account, offers: offers)
            var expected = AccountState(account: account, offers: offers.sorted { $0.id < $1.id })
            for step in everyKindOfStep {
                try expected.apply(step)
                try await direct.change(step, tenantId: account.tenantId)
            }
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).state == expected)
            await #expect(throws: StoreError.self) {
                try await direct.change(everyKindOfStep[1], tenantId: account.tenantId)
            }
            await #expect(throws: StoreError.notEnrolled(tenantId: otherAccount.tenantId)) {
                try await direct.change(everyKindOfStep[0], tenantId: otherAccount.tenantId)
            }
            #expect(try #require(try await store.snapshot(tenantId: account.tenantId)).state == expected)
            #expect(try await store.history(tenantId: account.tenantId, limit: 10).isEmpty)
        },
    ]
}
