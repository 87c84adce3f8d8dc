import Foundation
import PartnerTestSupport
import Testing
import PartnerCLITesting

/// The JSON that `plan`, `drift` and `history` print validates against the schemas in `schemas/`,
/// checked by an independent validator.
@Suite(.enabled(
    if: ExternalTool("check-jsonschema").isInstalled || ExternalTool.isRequired,
    "check-jsonschema is not installed (pip install check-jsonschema); CI installs it"))
struct OutputSchemaTests {
    func validate(_ json: String, against schema: String, in workspace: Workspace, name: String) async throws {
        let path = try workspace.write(name, json)
        let result = try await ExternalTool("check-jsonschema").run(["--schemafile", Repository.path("schemas/\(schema)"), path])
        #expect(result.status == 0, "\(name) does not match \(schema): \(result.output)")
    }

    @Test func planDriftAndHistoryOutputsMatchTheirSchemas() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/21vianet-contoso/partner.yaml")
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "json")
        try await validate(plan.standardOutput, against: "plan.schema.json", in: workspace, name: "plan.json")
        #expect(await partnerctl("apply", config, "--store", workspace.storeURL, "--auto-approve",
                                 "--passwords-out", workspace.path("pw.tsv")).exitCode == 0)
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try workspace.write("partner.yaml", text.replacingOccurrences(of: "displayName: 张敏\n", with: "displayName: 张敏敏\n"))
        let drift = await partnerctl("drift", config, Repository.path("examples/invalid/unknown-role.yaml"),
                                     "--store", workspace.storeURL, "--format", "json")
        #expect(drift.exitCode == 1)
        try await validate(drift.standardOutput, against: "drift.schema.json", in: workspace, name: "drift.json")
        let history = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        try await validate(history.standardOutput, against: "history.schema.json", in: workspace, name: "history.json")
    }
}
