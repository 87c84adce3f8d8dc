import PartnerCLITesting
import PartnerTestSupport
import Testing

/// `validate --format github`: workflow annotations on the lines of a pull request.
@Suite struct GitHubAnnotationTests {
    static let invalid = Repository.path("examples/invalid/unknown-role.yaml")

    @Test func eachProblemIsAnAnnotationOnItsLine() async {
        let result = await partnerctl("validate", Self.invalid, "--format", "github")
        #expect(result.exitCode == 3)
        #expect(
            result.standardOutput == """
                ::error file=\(Self.invalid),line=12,col=13,endLine=12,endColumn=24,title=semantic.unknown-role::user \
                'zhang.min@contoso.partner.onmschina.cn' has unknown role 'admin-agnet'%0Ahint: did you mean 'admin-agent'?

                """)
        #expect(result.standardError == "")
    }

    @Test func githubActionsChoosesAnnotationsUnlessAFormatIsGiven() async {
        let automatic = await partnerctl("validate", Self.invalid, environment: ["GITHUB_ACTIONS": "true"])
        #expect(automatic.standardOutput.hasPrefix("::error file="))
        let text = await partnerctl(
            "validate", Self.invalid, "--format", "text", environment: ["GITHUB_ACTIONS": "true"])
        #expect(text.standardOutput == "")
        #expect(text.standardError.contains("error: user 'zhang.min@contoso.partner.onmschina.cn' has unknown role"))
    }

    @Test func aValueCannotEndItsAnnotationOrStartAnother() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let text = try String(contentsOfFile: Self.invalid, encoding: .utf8)
            .replacingOccurrences(of: "admin-agnet", with: "\"x%0A::error file=evil.yaml::pwned,a:b\"")
        let path = try workspace.write("partner.yaml", text)
        let result = await partnerctl("validate", path, "--format", "github")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=\(path),") })
        #expect(result.standardOutput.contains("'x%250A::error file=evil.yaml::pwned,a:b'"))
    }
}
