import PartnerYAML
import Testing

@Suite struct YAMLParserTests {
    func parse(_ text: String) throws -> YAMLDocument {
        try YAMLParser.parse(SourceFile(path: "test.yaml", text: text))
    }

    func parseError(_ text: String) -> YAMLError? {
        do {
            _ = try YAMLParser.parse(SourceFile(path: "test.yaml", text: text))
            return nil
        } catch {
            return error
        }
    }

    @Test func marksAreOneBasedAndCountCharactersNotBytes() throws {
        let document = try parse("名称: 康拓\nusers:\n  - name: 李伟\n")
        let pairs = try #require(document.root?.mapping)
        #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
        #expect(pairs[0].value.mark == Mark(line: 1, column: 5))
        let item = try #require(pairs[1].value.sequence?.first?.mapping?.first)
        #expect(item.key.mark == Mark(line: 3, column: 5))
        #expect(item.value.mark == Mark(line: 3, column: 11))
        #expect(item.value.scalar?.endMark == Mark(line: 3, column: 13))
    }

    @Test(arguments: [
        ("country: NO", "NO", YAMLScalar.Style.plain),
        ("postalCode: 010000", "010000", .plain),
        ("flag: yes", "yes", .plain),
        ("quoted: \"100022\"", "100022", .doubleQuoted),
        ("single: 'it''s'", "it's", .singleQuoted),
        ("empty:", "", .plain),
    ])
    func scalarsKeepTheirTextAsWritten(line: String, text: String, style: YAMLScalar.Style) throws {
        let value = try #require(try parse(line).root?.mapping?.first?.value.scalar)
        #expect(value.text == text)
        #expect(value.style == style)
    }

    @Test func nullsAreRecognizedOnlyWhenPlain() throws {
        let pairs = try #require(try parse("a:\nb: ~\nc: null\nd: 'null'\ne: !!null x\n").root?.mapping)
        #expect(pairs.map(\.value.isNull) == [true, true, true, false, true])
    }

    @Test func duplicateKeysAreReportedAtTheSecondWithTheFirstAsContext() throws {
        let document = try parse("a: 1\nb: 2\na: 3\n")
        #expect(
            document.problems == [
                YAMLError(
                    code: .duplicateKey, message: "duplicate key 'a'", mark: Mark(line: 3, column: 1),
                    context: .init(message: "first defined here", mark: Mark(line: 1, column: 1)))
            ])
        #expect(document.root?.mapping?.count == 2)
        #expect(document.root?.mapping?.first?.value.scalar?.text == "1")
    }

    @Test func duplicateKeysAreFoundInLargeMappings() throws {
        let text = (0..<40).map { "key\($0): \($0)\n" }.joined() + "key7: again\n"
        let document = try parse(text)
        #expect(document.problems.map(\.mark) == [Mark(line: 41, column: 1)])
        #expect(document.problems.first?.context?.mark == Mark(line: 8, column: 1))
    }

    /// Keys are the same only when written with the same characters: text that merely looks
    /// alike (a precomposed and a combining é, a Kelvin sign and a K) is two keys, in small
    /// mappings and in indexed ones.
    @Test(arguments: [0, 20])
    func keysAreComparedAsWrittenNotAsEquivalentText(filler: Int) throws {
        let padding = (0..<filler).map { "pad\($0): x\n" }.joined()
        let document = try parse(padding + "caf\u{E9}: 1\ncafe\u{301}: 2\nK: 3\n\u{212A}: 4\n\"K\": 5\n")
        #expect(document.problems.map(\.message) == ["duplicate key 'K'"])
        #expect(document.problems.map(\.mark) == [Mark(line: filler + 5, column: 1)])
        #expect(document.root?.mapping?.count == filler + 4)
    }

    @Test func keysAreLookedUpByTheirBytes() throws {
        let pairs = try #require(try parse("name: 李伟\n'quoted': [a]\n").root?.mapping)
        #expect(pairs[0].key.hasText("name"))
        #expect(!pairs[0].key.hasText("nam"))
        #expect(!pairs[0].key.hasText("names"))
        #expect(pairs[0].value.hasText("李伟"))
        #expect(pairs[1].key.hasText("quoted"))
        #expect(!pairs[1].value.hasText(""))
        #expect(pairs.keyIndex(at: 1, among: ["name", "quote", "quoted"]) == 2)
        #expect(pairs.keyIndex(at: 1, among: ["name", "李伟"]) == nil)
        #expect(pairs.keyIndex(at: 0, among: []) == nil)
        #expect(pairs.value(at: 1).sequence?.count == 1)
        #expect(pairs.index(ofKey: "quoted") == 1)
        #expect(pairs.index(ofKey: "missing") == nil)
        #expect(pairs["name"]?.scalar?.text == "李伟")
        #expect(pairs["quoted"]?.sequence?.first?.scalar?.text == "a")
        #expect(pairs["李伟"] == nil)
    }

    /// Children of open collections wait together in one list: a duplicate dropped inside a
    /// nested mapping must not shift its parent's entries, and an alias shares its anchor's node.
    @Test func nestedCollectionsKeepTheirOwnChildren() throws {
        let document = try parse("a:\n  - x: 1\n    y: [1, 2]\n    x: 3\n  - &n {k: v}\nb: *n\na: again\n")
        #expect(document.problems.map(\.mark) == [Mark(line: 4, column: 5), Mark(line: 7, column: 1)])
        let root = try #require(document.root?.mapping)
        #expect(root.map { $0.key.scalar?.text } == ["a", "b"])
        let items = try #require(root[0].value.sequence)
        #expect(items.count == 2)
        let first = try #require(items[0].mapping)
        #expect(first.map { $0.key.scalar?.text } == ["x", "y"])
        #expect(first[0].value.scalar?.text == "1")
        #expect(first[1].value.sequence?.map { $0.scalar?.text } == ["1", "2"])
        #expect(items[1].mapping?.first?.value.scalar?.text == "v")
        #expect(root[1].value.mapping?.first?.key.scalar?.text == "k")
        #expect(root[1].value.mark == Mark(line: 5, column: 5))  // the anchored node, not the alias on line 6
    }

    @Test func moreThanOneDocumentIsAnError() {
        let error = parseError("a: 1\n---\nb: 2\n")
        #expect(error?.code == .multipleDocuments)
        #expect(error?.mark == Mark(line: 2, column: 1))
    }

    @Test(arguments: ["!!python/object:os.system x", "!custom x", "! x", "!<tag:example.com,2000:x> y"])
    func tagsOutsideTheCoreSetAreReported(value: String) throws {
        let document = try parse("a: \(value)\n")
        #expect(document.problems.map(\.code) == [.unsupportedTag])
        #expect(document.problems.first?.mark == Mark(line: 1, column: 4))
    }

    @Test func coreTagsAreAccepted() throws {
        let document = try parse("a: !!str 010\nb: !!int 3\nc: !!seq []\nd: !!map {}\n")
        #expect(document.problems.isEmpty)
        #expect(document.root?.mapping?.first?.value.tag == YAMLTag.str)
    }

    @Test func syntaxErrorsCarryLibyamlsContext() {
        let error = parseError("a: [1, 2\n")
        #expect(error?.code == .syntax)
        #expect(error?.message == "did not find expected ',' or ']'")
        #expect(error?.context == .init(message: "while parsing a flow sequence", mark: Mark(line: 1, column: 4)))
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let source = SourceFile(path: "x.yaml", bytes: Array("a: b\nc: caf".utf8) + [0xE9, 0x0A])
        #expect(
            throws: YAMLError(
                code: .encoding, message: "the file is not valid UTF-8 text (byte 0xE9 here)",
                mark: Mark(line: 2, column: 7), hint: "save the file as UTF-8")
        ) { try YAMLParser.parse(source) }
    }

    @Test func utf16IsRejectedWithAHint() {
        let source = SourceFile(
            path: "x.yaml", bytes: [0xFF, 0xFE] + Array("a: b".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(
            throws: YAMLError(
                code: .encoding, message: "the file is UTF-16LE text; save it as UTF-8", mark: Mark(line: 1, column: 1),
                hint: "for example: iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8")
        ) {
            try YAMLParser.parse(source)
        }
    }

    @Test func billionLaughsStopsAtTheAliasBudget() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip("abcdefghi", "bcdefghij") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let error = parseError(text)
        #expect(error?.code == .aliasBudget)
        #expect(error?.mark.line == 5)
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let document = try parse("hq: &hq { city: 北京 }\nbilling: *hq\n")
        let pairs = try #require(document.root?.mapping)
        #expect(pairs[1].value.mapping?.first?.value.scalar?.text == "北京")
        #expect(pairs[1].value.mark == pairs[0].value.mark)
    }

    @Test func unknownAnchorsAreErrors() {
        #expect(parseError("a: *nowhere\n")?.code == .unknownAnchor)
    }

    @Test func deepNestingIsBoundedWithoutCrashing() {
        let error = parseError(String(repeating: "[", count: 100_000))
        #expect(error?.code == .nestingDepth)
    }

    @Test func anEmptyFileHasNoRoot() throws {
        #expect(try parse("").root == nil)
        #expect(try parse("# only a comment\n").root == nil)
    }

    @Test func countEventsMeasuresTheBareParse() {
        #expect(YAMLParser.countEvents(Array("a: [1, 2]\n".utf8)) == 11)
        #expect(YAMLParser.countEvents(Array("a: [1, 2\n".utf8)) == nil)
    }
}
