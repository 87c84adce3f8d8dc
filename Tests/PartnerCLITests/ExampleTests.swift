import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

/// Every example validates, plans against a fresh store exactly as its committed golden plan,
/// applies, and then plans empty.
@Suite struct ExampleTests {
    @Test(arguments: Repository.examples)
    func exampleValidatesPlansAppliesAndConverges(example: String) async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = Repository.path(example)
        #expect(await partnerctl("validate", config).exitCode == 0)

        let plan = await partnerctl("plan", config, "--store", workspace.storeURL)
        #expect(plan.exitCode == 0)
        let golden = example.replacingOccurrences(of: "partner.yaml", with: "plan.txt")
        assertSnapshot(plan.standardOutput, golden: golden)
        // Planning never writes: the store is made by the first apply.
        #expect(
            plan.standardError == "No store at \(workspace.storeURL) yet: planned against an empty account; "
                + "'partnerctl apply' creates the store and enrolls the account.\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("account.db")))

        let apply = await partnerctl(
            "apply", config, "--store", workspace.storeURL, "--auto-approve",
            "--passwords-out", workspace.path("passwords.tsv"))
        #expect(apply.exitCode == 0, "\(apply.standardError)")
        #expect(apply.standardOutput.hasSuffix("steps done.\n"))

        let again = await partnerctl("plan", config, "--store", workspace.storeURL, "--detailed-exitcode")
        #expect(again.exitCode == 0)
        #expect(again.standardOutput == "No changes. The account matches the configuration.\n")
    }
}
