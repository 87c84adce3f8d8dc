import Foundation
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

@Suite struct SQLiteStoreTests {
    @Test(arguments: StoreConformance.checks)
    func conforms(to check: StoreConformanceCheck) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await check.run(try SQLiteStore(path: directory.file("account.db"), mode: .create))
    }

    @Test func theFileIsCreatedPrivateInAMissingFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("nested/folder/account.db")
        let store = try SQLiteStore(path: path, mode: .create)
        #expect(store.location == "sqlite:\(path)")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func reopeningKeepsEverythingAndMigratesOnce() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("account.db")
        let first = try SQLiteStore(path: path, mode: .create)
        try await first.enroll(StoreConformance.account, offers: StoreConformance.offers)
        let applyId = try await first.beginApply(
            tenantId: StoreConformance.account.tenantId,
            holder: LockHolder(user: "a", host: "h", pid: 1, command: "c"), stepCount: 1)
        try await first.execute(
            StoreConformance.everyKindOfStep[1],
            context: StepContext(tenantId: StoreConformance.account.tenantId, applyId: applyId, index: 1))
        let before = try await first.snapshot(tenantId: StoreConformance.account.tenantId)
        let second = try SQLiteStore(path: path, mode: .readWrite)
        #expect(try await second.snapshot(tenantId: StoreConformance.account.tenantId) == before)
    }

    @Test func aChangeMadeOutsidePartnerctlMovesTheFingerprint() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("account.db")
        let store = try SQLiteStore(path: path, mode: .create)
        try await store.enroll(StoreConformance.account, offers: StoreConformance.offers)
        let before = try #require(try await store.snapshot(tenantId: StoreConformance.account.tenantId)).fingerprint
        let sqlite = ExternalTool("sqlite3")
        guard sqlite.isInstalled else { return }
        let result = try await sqlite.run([path, "UPDATE offers SET hidden = 1 WHERE offer_id = 'MS-AZR-0145P'"])
        #expect(result.status == 0, "\(result.output)")
        let after = try #require(try await store.snapshot(tenantId: StoreConformance.account.tenantId))
        #expect(after.fingerprint != before)
        #expect(after.state.hiddenOffers == ["MS-AZR-0145P"])
    }

    @Test func aDatabaseThatIsNotSQLiteIsAClearError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("account.db")
        FileManager.default.createFile(atPath: path, contents: Data("this is not a database, just text".utf8))
        #expect {
            _ = try SQLiteStore(path: path, mode: .readWrite)
        } throws: { error in
            "\(error)".hasPrefix("sqlite open \(path): ")
        }
    }
}
