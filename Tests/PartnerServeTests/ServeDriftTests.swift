import Foundation
import PartnerCLI
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import PartnerServe
import PartnerTestSupport
import PartnerWire
import Testing

@Suite struct ServeDriftTests {
    @Test func aChangeMadeThroughServeIsDriftAndNotHistory() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let config = folder.file("partner.yaml")
        try String(contentsOfFile: Repository.path("examples/quickstart/partner.yaml"), encoding: .utf8)
            .write(toFile: config, atomically: true, encoding: .utf8)
        let store = "sqlite:" + folder.file("account.db")
        #expect(
            await partnerctl(
                "apply", config, "--store", store, "--auto-approve", "--passwords-out", folder.file("passwords.tsv")
            ).exitCode == 0)
        #expect(await partnerctl("drift", config, "--store", store).exitCode == 0)

        let server = try await ServeHarness(accounts: [], storePath: folder.file("account.db"))
        let token = try await server.appToken(.graph)
        let patch = GraphUserUpdate(displayName: "Samuel", accountEnabled: false)
        let reply = try await server.send(
            .PATCH, "/v1.0/users/sam.sales@fabrikam.onmicrosoft.com", token: token, json: patch)
        #expect(reply.status == 204)
        await server.stop()

        let drift = await partnerctl("drift", config, "--store", store)
        #expect(drift.exitCode == 2)
        #expect(drift.standardOutput.contains("displayName  Samuel → Sam Sales"))
        // Only the apply is in the history: serve's change is not an apply.
        let history = try await SQLiteStore(path: folder.file("account.db"), mode: .readOnly)
            .history(tenantId: ServeHarness.global.tenantId, limit: 10)
        #expect(history.count == 1)
    }
}
