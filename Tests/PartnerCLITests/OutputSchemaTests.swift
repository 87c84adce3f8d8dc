import Foundation
import PartnerCLITesting
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import Testing

/// The JSON that `plan`, `drift`, `history` and `validate` print validates against the schemas in
/// `schemas/`, checked by an independent validator.
@Suite(
    .enabled(
        if: ExternalTool("check-jsonschema").isInstalled || ExternalTool.isRequired,
        "check-jsonschema is not installed (pip install check-jsonschema); CI installs it"))
struct OutputSchemaTests {
    func validate(_ json: String, against schema: String, in workspace: Workspace, name: String) async throws {
        let path = try workspace.write(name, json)
        let result = try await ExternalTool("check-jsonschema").run([
            "--schemafile", Repository.path("schemas/\(schema)"), path,
        ])
        #expect(result.status == 0, "\(name) does not match \(schema): \(result.output)")
    }

    /// The output's `formatVersion`, which every JSON output carries.
    func formatVersion(of json: String) throws -> Int? {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["formatVersion"] as? Int
    }

    @Test func everySchemaIsValidJSONSchema() async throws {
        let schemas = ["plan", "drift", "history", "diagnostics"].map { Repository.path("schemas/\($0).schema.json") }
        let result = try await ExternalTool("check-jsonschema").run(["--check-metaschema"] + schemas)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func planDriftAndHistoryOutputsMatchTheirSchemas() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let config = try workspace.copyExample("examples/21vianet-contoso/partner.yaml")
        let plan = await partnerctl("plan", config, "--store", workspace.storeURL, "--format", "json")
        try await validate(plan.standardOutput, against: "plan.schema.json", in: workspace, name: "plan.json")
        #expect(try formatVersion(of: plan.standardOutput) == 2)
        #expect(
            await partnerctl(
                "apply", config, "--store", workspace.storeURL, "--auto-approve",
                "--passwords-out", workspace.path("pw.tsv")
            ).exitCode == 0)
        let text = try String(contentsOfFile: config, encoding: .utf8)
        try workspace.write(
            "partner.yaml", text.replacingOccurrences(of: "displayName: 张敏\n", with: "displayName: 张敏敏\n"))
        let drift = await partnerctl(
            "drift", config, Repository.path("examples/invalid/unknown-role.yaml"),
            "--store", workspace.storeURL, "--format", "json")
        #expect(drift.exitCode == 1)
        try await validate(drift.standardOutput, against: "drift.schema.json", in: workspace, name: "drift.json")
        #expect(try formatVersion(of: drift.standardOutput) == 1)

        // A failed apply too, as an older partnerctl recorded it (no origin), its error holding
        // a control character and a backslash.
        let store = try SQLiteStore(path: workspace.path("account.db"), mode: .readWrite)
        let tenantId = "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10"
        let applyId = try await store.beginApply(
            tenantId: tenantId, holder: LockHolder(user: "ci", host: "runner", pid: 7, command: "partnerctl apply"),
            stepCount: 1)
        try await store.recordFailure(
            applyId: applyId, index: 1,
            step: PlanStep(kind: .roleRevoke, target: "li.wei@x.cn", role: .globalAdmin, reason: "r"),
            error: "refused\u{1B}[31m \\ here")
        try await store.finishApply(id: applyId, status: .failed)
        let history = await partnerctl("history", "--store", workspace.storeURL, "--format", "json")
        try await validate(history.standardOutput, against: "history.schema.json", in: workspace, name: "history.json")
        #expect(try formatVersion(of: history.standardOutput) == 2)
    }

    @Test func validateOutputMatchesItsSchema() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = await partnerctl(
            "validate", "--format", "json", Repository.path("examples/quickstart/partner.yaml"),
            Repository.path("examples/invalid/duplicate-user.yaml"), workspace.path("missing.yaml"))
        #expect(result.exitCode == 1)
        try await validate(
            result.standardOutput, against: "diagnostics.schema.json", in: workspace, name: "validate.json")
        #expect(try formatVersion(of: result.standardOutput) == 1)
    }
}
