import PartnerConfig
import PartnerTestSupport
import Testing

/// Every file in `examples/invalid/` fails with exactly the problems it was written to show.
@Suite struct InvalidFixtureTests {
    static let expectedCodes: [String: [DiagnosticCode]] = [
        "api-version": [.apiVersion],
        "bad-boolean": [.wrongType],
        "bad-bundle": [.badBundle],
        "bad-enum": [.badEnumValue],
        "bad-format": [.badFormat, .badFormat],
        "billion-laughs": [DiagnosticCode(rawValue: "yaml.alias-budget")],
        "catalog-conflict": [.catalogConflict],
        "duplicate-key": [DiagnosticCode(rawValue: "yaml.duplicate-key")],
        "duplicate-user": [.duplicateUser],
        "empty-file": [.missingKey],
        "missing-key": [.missingKey],
        "missing-value": [.missingValue],
        "multiple-documents": [DiagnosticCode(rawValue: "yaml.multiple-documents")],
        "no-global-admin": [.noGlobalAdmin],
        "not-utf8": [DiagnosticCode(rawValue: "yaml.encoding")],
        "protected-user": [.protectedUser, .protectedUser, .protectedUser],
        "prune-without-users": [.badPolicy],
        "read-only": [.readOnly],
        "role-not-in-cloud": [.roleNotInCloud],
        "too-long": [.tooLong],
        "unknown-anchor": [DiagnosticCode(rawValue: "yaml.unknown-anchor")],
        "unknown-key": [.unknownKey],
        "unknown-offer": [.unknownOffer, .unknownOffer],
        "unknown-role": [.unknownRole],
        "unsupported-tag": [DiagnosticCode(rawValue: "yaml.unsupported-tag")],
        "upn-outside-domain": [.upnOutsideDomain],
        "wrong-country": [.wrongCountry],
        "wrong-type": [.wrongType],
        "yaml-syntax": [DiagnosticCode(rawValue: "yaml.syntax")],
    ]

    @Test func everyFixtureIsListed() {
        let names = Repository.files(in: "examples/invalid", withExtension: "yaml").map { path in
            String(path.split(separator: "/").last!.dropLast(".yaml".count))
        }
        #expect(Set(names) == Set(Self.expectedCodes.keys))
    }

    @Test(arguments: expectedCodes.keys.sorted())
    func fixtureFailsWithItsProblem(name: String) throws {
        let loaded = try ConfigLoader.load(path: Repository.path("examples/invalid/\(name).yaml"))
        #expect(!loaded.isValid)
        #expect(loaded.config == nil)
        #expect(loaded.diagnostics.map(\.code) == Self.expectedCodes[name])
        #expect(loaded.diagnostics.allSatisfy { $0.mark.line >= 1 && $0.mark.column >= 1 })
    }
}
