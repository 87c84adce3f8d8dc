import Foundation
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import Testing

/// `plan --format markdown` and `show --format markdown`: for pull-request comments and job
/// summaries, with values from the store that try to break out of the report.
@Suite struct PlanMarkdownTests {
    @Test func aPlanIsASummaryTableThenItsChangesAndAValueCannotBreakOut() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/quickstart/partner.yaml")
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("pw.tsv")
            ).exitCode == 0)
        // Someone renames Sam in the portal to a name that tries to end the code block.
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        var state = try #require(try await store.snapshot(tenantId: "3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10")).state
        state.users["sam.sales@fabrikam.onmicrosoft.com"]?.displayName = "```\n# Pwned [click](http://evil.example) | x"
        try await store.replaceState(state)

        let plan = await partnerctl(
            "plan", config, "--store", workspace.storeURL, "--format", "markdown", "--out", workspace.path("plan.json"))
        #expect(plan.exitCode == 0)
        let expected = #"""
            ## partnerctl plan: fabrikam.onmicrosoft.com

            **Plan: 0 to add, 1 to change, 0 to remove.**

            | Part | Add | Change | Remove |
            | --- | ---: | ---: | ---: |
            | Users and roles | 0 | 1 | 0 |

            ````
            Users:
              ~ sam.sales@fabrikam.onmicrosoft.com
                  displayName  ```\n# Pwned [click](http://evil.example) | x → Sam Sales

            Plan: 0 to add, 1 to change, 0 to remove.
            ````

            """#
        #expect(plan.standardOutput == expected)

        let show = await partnerctl("show", workspace.path("plan.json"), "--format", "markdown")
        #expect(show.exitCode == 0)
        let lines = show.standardOutput.components(separatedBy: "\n")
        #expect(lines[0] == "## partnerctl plan: fabrikam.onmicrosoft.com")
        #expect(lines[2].hasPrefix("Tenant 3c1f0a52-6d1e-4a8b-9f0e-2b7d4c6a8e10, made "))
        #expect(lines[3].hasPrefix("Against sqlite:"))
        #expect(
            show.standardOutput.hasSuffix(expected.components(separatedBy: "\n").dropFirst(2).joined(separator: "\n")))
        #expect(!show.standardOutput.contains("\n# Pwned"))
    }

    @Test func aLongPlanIsCollapsed() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/21vianet-contoso/partner.yaml")
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "markdown")
        #expect(
            plan.standardOutput.contains("\n<details><summary>40 changes</summary>\n\n````\n")
                || plan.standardOutput.contains("\n<details><summary>40 changes</summary>\n\n```\n"))
        #expect(plan.standardOutput.hasSuffix("\n</details>\n"))
    }
}
