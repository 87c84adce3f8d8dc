import Foundation
import PartnerCLITesting
import PartnerTestSupport
import Testing

/// Inputs of any size cost bounded work and output: a size cap, at most 100 problems shown,
/// long lines cut around the caret.
@Suite struct InputBoundsTests {
    @Test func aFileOverTheSizeLimitIsRefused() async throws {
        let path = Repository.path("examples/quickstart/partner.yaml")
        let flag = await partnerctl("validate", "--max-input-size", "100", path)
        #expect(flag.exitCode == 1)
        #expect(flag.standardError.contains("it is larger than 100 bytes, the input size limit"))
        let environment = await partnerctl("validate", path, environment: ["PARTNERCTL_MAX_INPUT_SIZE": "100"])
        #expect(environment.exitCode == 1)
        let plenty = await partnerctl("validate", "--max-input-size", "1000000", path)
        #expect(plenty.exitCode == 0)
        let zero = await partnerctl("validate", "--max-input-size", "0", path)
        #expect(zero.exitCode == 64)
    }

    @Test func atMostAHundredProblemsAreShownAndLongLinesAreCut() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var text = """
            apiVersion: partnerctl/v1
            account: { tenantId: 8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10, cloud: china, domain: contoso.partner.onmschina.cn }
            users:
              - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                roles: [global-admin]
                displayName: \(String(repeating: "李", count: 100_000))\u{200B}x

            """
        for index in 0..<150 { text += "unknown\(index): 1\n" }
        let path = try workspace.write("many.yaml", text)
        let result = await partnerctl("validate", path)
        #expect(result.exitCode == 3)
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "\(path): 151 errors")
        #expect(result.standardError.hasSuffix("… and 51 more errors\n"))
        #expect(lines.allSatisfy { $0.unicodeScalars.count < 500 })
        // The caret under the zero-width space, 100,001 characters into the line, in a cut window.
        let quoted = try #require(lines.firstIndex { $0.hasPrefix(" 6 | …") })
        #expect(lines[quoted + 1].hasSuffix("^"))
    }
}
