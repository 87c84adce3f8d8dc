import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

@Suite struct DriftCommandTests {
    /// Two accounts in one store: the China example applied, and the quickstart applied then changed by hand.
    func driftedWorkspace() async throws -> (Workspace, [String]) {
        let workspace = try Workspace()
        let china = try workspace.copyExample("examples/21vianet-contoso/partner.yaml", as: "china.yaml")
        let quick = try workspace.copyExample("examples/quickstart/partner.yaml", as: "quick.yaml")
        for config in [china, quick] {
            let result = await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", config + ".passwords.tsv")
            #expect(result.exitCode == 0)
        }
        // "Someone in the portal" renames a user: apply a hand-edited copy.
        let text = try String(contentsOfFile: quick, encoding: .utf8)
        let manual = try workspace.write(
            "manual.yaml", text.replacingOccurrences(of: "displayName: Sam Sales", with: "displayName: Samuel"))
        #expect(await partnerctl("apply", manual, "--store", workspace.storeURL, "--auto-approve").exitCode == 0)
        return (workspace, [china, quick])
    }

    @Test func noDriftExits0() async throws {
        let (workspace, configs) = try await driftedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("drift", configs[0], "--store", workspace.storeURL)
        #expect(result.exitCode == 0)
        let header = "CONFIG".padding(toLength: configs[0].count, withPad: " ", startingAt: 0)
        #expect(
            result.standardOutput == """
                \(header)  ACCOUNT                       RESULT
                \(configs[0])  contoso.partner.onmschina.cn  no drift

                0 of 1 account drifted.

                """)
    }

    @Test func driftExits2WithThePlanAndATable() async throws {
        let (workspace, configs) = try await driftedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("drift", configs[0], configs[1], "--store", workspace.storeURL)
        #expect(result.exitCode == 2)
        let header = "CONFIG".padding(toLength: configs[0].count, withPad: " ", startingAt: 0)
        #expect(
            result.standardOutput.hasSuffix(
                """
                Users:
                  ~ sam.sales@fabrikam.onmicrosoft.com
                      displayName  Samuel → Sam Sales

                Plan: 0 to add, 1 to change, 0 to remove.

                \(header)  ACCOUNT                       RESULT
                \(configs[0])  contoso.partner.onmschina.cn  no drift
                \(configs[1])  fabrikam.onmicrosoft.com      drift: 0 to add, 1 to change, 0 to remove

                1 of 2 accounts drifted.

                """))
    }

    @Test func anErrorWinsOverDriftAndExits1() async throws {
        let (workspace, configs) = try await driftedWorkspace()
        defer { workspace.remove() }
        let invalid = Repository.path("examples/invalid/unknown-role.yaml")
        let result = await partnerctl("drift", configs[1], invalid, "--store", workspace.storeURL, "--format", "json")
        #expect(result.exitCode == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["drifted"] as? Bool == true)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { $0["status"] as? String } == ["drift", "error"])
        #expect((results[1]["error"] as? String)?.hasPrefix("invalid configuration (1 error): ") == true)
    }

    @Test func markdownIsATableWithCollapsiblePlans() async throws {
        let (workspace, configs) = try await driftedWorkspace()
        defer { workspace.remove() }
        let result = await partnerctl("drift", configs[1], "--store", workspace.storeURL, "--format", "markdown")
        #expect(result.exitCode == 2)
        #expect(
            result.standardOutput == """
                ## partnerctl drift

                1 of 1 account drifted.

                | Config | Account | Result |
                | --- | --- | --- |
                | `\(configs[1])` | fabrikam.onmicrosoft.com | ⚠️ drift: 0 to add, 1 to change, 0 to remove |

                <details><summary><code>\(configs[1])</code>: 1 change</summary>

                ```
                Users:
                  ~ sam.sales@fabrikam.onmicrosoft.com
                      displayName  Samuel → Sam Sales

                Plan: 0 to add, 1 to change, 0 to remove.
                ```

                </details>

                """)
    }

    @Test func driftNeverCreatesAStore() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = await partnerctl(
            "drift", Repository.path("examples/quickstart/partner.yaml"), "--store", workspace.storeURL)
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")))
    }
}
