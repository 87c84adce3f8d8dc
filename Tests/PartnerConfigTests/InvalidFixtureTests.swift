import Foundation
import PartnerConfig
import PartnerTestSupport
import Testing

/// Every file in `examples/invalid/` fails with exactly the problems it was written to show.
@Suite struct InvalidFixtureTests {
    static let expectedCodes: [String: [DiagnosticCode]] = [
        "address-rule": [.addressRule, .addressRule, .addressRule],
        "api-version": [.apiVersion],
        "bad-boolean": [.wrongType],
        "bad-bundle": [.badBundle],
        "bad-enum": [.badEnumValue],
        "bad-format": [.badFormat, .badFormat],
        "blank-value": [.blankValue],
        "billion-laughs": [DiagnosticCode(rawValue: "yaml.alias-budget")],
        "catalog-conflict": [.catalogConflict],
        "duplicate-key": [DiagnosticCode(rawValue: "yaml.duplicate-key")],
        "duplicate-role": [.duplicateRole],
        "duplicate-user": [.duplicateUser],
        "empty-file": [.missingKey],
        "gbk": [DiagnosticCode(rawValue: "yaml.encoding")],
        "invisible-character": [.invisibleCharacter, .invisibleCharacter],
        "locale-rule": [.localeRule, .localeRule],
        "missing-key": [.missingKey],
        "missing-value": [.missingValue],
        "multiple-documents": [DiagnosticCode(rawValue: "yaml.multiple-documents")],
        "no-global-admin": [.noGlobalAdmin],
        "not-utf8": [DiagnosticCode(rawValue: "yaml.encoding")],
        "null-name": [.missingValue],
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

    /// The README's "Problems partnerctl reports" lists exactly the codes the fixtures show, plus
    /// the two no fixture can: nesting past 256 levels and a file that cannot be read.
    @Test func theReadmeTableListsEveryCode() throws {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        let section = try #require(
            readme.components(separatedBy: "### Problems partnerctl reports").last?
                .components(separatedBy: "\n## ").first)
        let listed = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
        let shown = Set(Self.expectedCodes.values.flatMap { $0.map(\.rawValue) })
        #expect(Set(listed) == shown.union(["yaml.nesting-depth", "io"]))
        #expect(listed.count == Set(listed).count)
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
