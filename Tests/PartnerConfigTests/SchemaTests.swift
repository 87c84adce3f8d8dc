import PartnerConfig
import PartnerTestSupport
import Testing

/// `schemas/partnerctl.schema.json` is checked by an independent validator (check-jsonschema)
/// against the same files the loader is tested with, so the schema and the loader cannot drift.
@Suite(
    .enabled(
        if: checkJSONSchema.isInstalled || ExternalTool.isRequired,
        "check-jsonschema is not installed (pip install check-jsonschema); CI installs it"))
struct SchemaTests {
    /// Invalid fixtures whose rule a JSON schema can express. The others are cross-references
    /// (duplicate users, unknown roles, bundle cycles …) or YAML-level problems.
    static let expressible = [
        "address-rule", "api-version", "bad-boolean", "bad-enum", "bad-format", "blank-value", "duplicate-role",
        "empty-file", "invisible-character", "locale-rule", "missing-key", "missing-value", "null-name",
        "prune-without-users", "read-only", "role-not-in-cloud", "too-long", "unknown-key", "wrong-country",
        "wrong-type",
    ]

    @Test func theSchemasAreValidJSONSchema() async throws {
        let result = try await checkJSONSchema.run([
            "--check-metaschema", "schemas/partnerctl.schema.json", "schemas/diagnostics.schema.json",
        ])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: Repository.examples)
    func everyExampleValidatesAgainstTheSchema(path: String) async throws {
        let result = try await checkJSONSchema.run(["--schemafile", "schemas/partnerctl.schema.json", path])
        #expect(result.status == 0, "\(result.output)")
        #expect(try ConfigLoader.load(path: Repository.path(path)).isValid)
    }

    @Test(arguments: expressible)
    func schemaAndLoaderBothRejectTheFixture(name: String) async throws {
        let path = "examples/invalid/\(name).yaml"
        let result = try await checkJSONSchema.run(["--schemafile", "schemas/partnerctl.schema.json", path])
        #expect(result.status != 0, "the schema accepts \(path)")
        #expect(try !ConfigLoader.load(path: Repository.path(path)).isValid)
    }

    @Test func validateJSONOutputMatchesItsSchema() async throws {
        let golden = Repository.files(in: "Tests/PartnerCLITests/Golden", withExtension: "json").filter {
            $0.contains("validate-")
        }
        #expect(!golden.isEmpty)
        let result = try await checkJSONSchema.run(["--schemafile", "schemas/diagnostics.schema.json"] + golden)
        #expect(result.status == 0, "\(result.output)")
    }
}

let checkJSONSchema = ExternalTool("check-jsonschema")
