import Foundation
import PartnerModel
import PartnerTestSupport
import PartnerYAML
import Testing

@testable import PartnerConfig

/// Values that used to pass or be misreported: tags on string fields, YAML's null words, blank
/// and invisible text, duplicate roles, and "did you mean" at scale.
@Suite struct InputShapeTests {
    func load(_ text: String) -> LoadedConfig {
        ConfigLoader.load(SourceFile(path: "partner.yaml", text: ConfigLoaderTests.header + text))
    }

    func user(_ fields: String) -> String {
        """
        users:
          - userPrincipalName: li.wei@contoso.partner.onmschina.cn
            roles: [global-admin]
        \(fields)

        """
    }

    @Test func aTagOtherThanStrOnAStringFieldIsAnError() {
        let loaded = load(user("    displayName: !!int 42"))
        #expect(
            loaded.diagnostics.map(\.message) == [
                "'users[0].displayName' must be a string, found a value tagged '!!int'"
            ])
        #expect(loaded.diagnostics.first?.hint == "remove the tag '!!int': a string field takes the text as written")
        #expect(load(user("    displayName: !!str 42")).isValid)
    }

    @Test func nullWordsHintAtQuoting() {
        let loaded = load(user("    lastName: Null"))
        #expect(loaded.diagnostics.map(\.code) == [.missingValue])
        #expect(loaded.diagnostics.first?.hint == "'Null' is YAML's null; if it is the value, quote it: \"Null\"")
        #expect(load(user("    lastName: \"Null\"")).isValid)
    }

    @Test(arguments: ["\"\"", "\"   \"", "''"])
    func aBlankDisplayNameIsAnError(value: String) {
        #expect(load(user("    displayName: \(value)")).diagnostics.map(\.code) == [.blankValue])
    }

    @Test(arguments: ["\u{200B}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{2060}"])
    func invisibleCharactersInNamesArePointedAt(character: String) {
        let loaded = load(user("    displayName: 李\(character)伟"))
        #expect(loaded.diagnostics.map(\.code) == [.invisibleCharacter])
        // Line 9, after "    displayName: 李".
        #expect(loaded.diagnostics.first?.mark == Mark(line: 9, column: 19))
    }

    @Test func zeroWidthJoinersAreAllowed() {
        #expect(load(user("    displayName: \"می\u{200C}خواهم 👩\u{200D}💻\"")).isValid)
    }

    @Test func aRoleListedTwiceIsAnError() {
        let loaded = load(
            """
            roles:
              desk: [sales-agent, helpdesk-agent, sales-agent]
            users:
              - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                roles: [global-admin, desk, global-admin]

            """)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "role bundle 'desk' lists role 'sales-agent' more than once",
                "user 'li.wei@contoso.partner.onmschina.cn' lists role 'global-admin' more than once",
            ])
        #expect(loaded.diagnostics.map(\.notes.first?.mark) == [Mark(line: 7, column: 10), Mark(line: 10, column: 13)])
    }

    @Test func suggestionsStayWithinAFixedBudget() {
        // 8,000 unknown roles against 8,000 bundles took 57 s when every pair was compared.
        let count = 8_000
        var text = "roles:\n"
        for index in 0..<count { text += "  bundle-\(index): [sales-agent]\n" }
        text += "users:\n  - userPrincipalName: li.wei@contoso.partner.onmschina.cn\n    roles: [global-admin]\n"
        for index in 0..<count {
            text += "  - userPrincipalName: u\(index)@contoso.partner.onmschina.cn\n    roles: [bundel-\(index)x]\n"
        }
        let clock = ContinuousClock()
        var loaded: LoadedConfig?
        let elapsed = clock.measure { loaded = load(text) }
        #expect(loaded?.diagnostics.count == count)
        #expect(loaded?.diagnostics.first?.hint == "did you mean 'bundle-0'?")
        // The old quadratic search took 57 s in a release build; a debug build on a busy machine
        // takes a few seconds for the whole file now.
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }

    // MARK: - Encodings and line breaks

    static let valid =
        ConfigLoaderTests.header + """
            users:
              - userPrincipalName: li.wei@contoso.partner.onmschina.cn
                displayName: 李伟
                roles: [global-admin]

            """

    @Test func aUTF8ByteOrderMarkIsSkipped() {
        let loaded = ConfigLoader.load(
            SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8)))
        #expect(loaded.diagnostics.map(\.message) == [])
        #expect(loaded.isValid)
        let broken = ConfigLoader.load(
            SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("apiVersion: [\n".utf8)))
        #expect(broken.diagnostics.first?.mark.line == 2)
        #expect(broken.source.lines().text(ofLine: 1) == "apiVersion: [")
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        // "Café" in Latin-1: the 0xE9 is column 21, not the space after it.
        let bytes = Array("apiVersion: partnerctl/v1\n    displayName: Caf".utf8) + [0xE9] + Array(" Support\n".utf8)
        let loaded = ConfigLoader.load(SourceFile(path: "x.yaml", bytes: bytes))
        #expect(loaded.diagnostics.map(\.message) == ["the file is not valid UTF-8 text (byte 0xE9 here)"])
        #expect(loaded.diagnostics.first?.mark == Mark(line: 2, column: 21))
        #expect(loaded.diagnostics.first?.hint == "save the file as UTF-8")
    }

    @Test func gb18030TextIsNamed() throws {
        let loaded = try ConfigLoader.load(path: Repository.path("examples/invalid/gbk.yaml"))
        #expect(loaded.diagnostics.first?.hint?.description.hasPrefix("the file looks like GB18030 (GBK) text") == true)
    }

    @Test(arguments: [(true, "UTF-16LE (no byte order mark)"), (false, "UTF-16BE (no byte order mark)")])
    func utf16WithoutAByteOrderMarkIsNamed(littleEndian: Bool, name: String) {
        let bytes = Array(Self.valid.utf16).flatMap { unit in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let loaded = ConfigLoader.load(SourceFile(path: "x.yaml", bytes: bytes))
        #expect(loaded.diagnostics.map(\.message) == ["the file is \(name) text; save it as UTF-8"])
    }

    @Test(arguments: ["\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"])
    func lineNumbersFollowYAMLsLineBreaks(lineBreak: String) {
        let text = [
            "apiVersion: partnerctl/v1", "account:", "  tenantId: 8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10",
            "  cloud: chna", "  domain: contoso.partner.onmschina.cn", "",
        ].joined(separator: lineBreak)
        let loaded = ConfigLoader.load(SourceFile(path: "x.yaml", text: text))
        #expect(loaded.diagnostics.map(\.mark) == [Mark(line: 4, column: 10)])
        #expect(loaded.source.lines().text(ofLine: 4) == "  cloud: chna")
    }

    @Test func inputLargerThanTheLimitIsRefusedUnread() throws {
        let path = Repository.path("examples/21vianet-contoso/partner.yaml")
        #expect(throws: ConfigReadError.self) { try SourceFile(contentsOf: path, maxSize: 100) }
        #expect(try SourceFile(contentsOf: path, maxSize: 1 << 20).count > 100)
    }

    /// A large file is mapped, its pages let go as libyaml reads them: what `validate` reports,
    /// and the lines it quotes, are those of the same text read into memory.
    @Test func aMappedFileLoadsAsTheSameTextInMemory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let users = ConfigGenerator.yaml(users: 30_000)
        let tail = """
              - userPrincipalName: USER7@contoso.partner.onmschina.cn
              - userPrincipalName: abroad@contoso.partner.onmschina.cn
                usageLocation: US
              - userPrincipalName: last@contoso.partner.onmschina.cn
                roles: [nobody]

            """
        let text = "\u{FEFF}" + users + tail
        let path = directory.file("large.yaml")
        try text.write(toFile: path, atomically: false, encoding: .utf8)

        let mapped = try SourceFile(contentsOf: path)
        #expect(mapped.isMapped)
        #expect(mapped.count == text.utf8.count)
        #expect(mapped.count >= SourceFile.mappingThreshold)
        let fromFile = ConfigLoader.load(mapped)
        let inMemory = ConfigLoader.load(SourceFile(path: path, text: text))
        #expect(fromFile.diagnostics == inMemory.diagnostics)
        #expect(
            fromFile.diagnostics.map(\.code) == [.duplicateUser, .wrongCountry, .unknownRole])
        let lastLine = try #require(fromFile.diagnostics.last?.mark.line)
        #expect(fromFile.source.lines().text(ofLine: lastLine) == "    roles: [nobody]")
        #expect(fromFile.source.bytes == Array(text.utf8))

        // A syntax error at the very end is found and placed as in memory.
        try (text + "  - [unclosed\n").write(toFile: path, atomically: false, encoding: .utf8)
        let broken = try SourceFile(contentsOf: path)
        #expect(broken.isMapped)
        let error = ConfigLoader.load(broken).diagnostics
        #expect(error.map(\.code.rawValue) == ["yaml.syntax"])
        #expect(error == ConfigLoader.load(SourceFile(path: path, text: text + "  - [unclosed\n")).diagnostics)
    }

    @Test func smallFilesAreReadNotMapped() throws {
        let path = Repository.path("examples/21vianet-contoso/partner.yaml")
        #expect(try !SourceFile(contentsOf: path).isMapped)
    }
}

/// The suggester's work is bounded however many words and candidates there are.
@Suite struct SuggestionBudgetTests {
    @Test func workStopsAtTheBudget() {
        let candidates = (0..<20_000).map { "bundle-\($0)" }
        var suggester = Suggestion.Suggester(budget: 100_000)
        var evaluated = 0
        for index in 0..<20_000 {
            _ = suggester.hint(
                for: "bundel-\(index)",
                in: {
                    evaluated += 1; return candidates
                }())
        }
        #expect(suggester.remaining <= 0)
        // Candidates are only built while there is budget left.
        #expect(evaluated < 10)
    }

    @Test func aCloseNameIsSuggested() {
        var suggester = Suggestion.Suggester()
        #expect(
            suggester.hint(for: "admin-agnet", in: ["admin-agent", "sales-agent"]) == "did you mean 'admin-agent'?")
        #expect(suggester.hint(for: "zzzzzzzz", in: ["admin-agent"]) == nil)
    }
}
