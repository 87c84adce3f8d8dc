import PartnerYAML
import Testing

@Suite struct SourceFileTests {
    @Test func linesAreQuotedWithoutTheirBreaks() {
        let lines = SourceFile(path: "x", text: "one\r\ntwo\n\n康拓\n").lines()
        #expect(lines.text(ofLine: 1) == "one")
        #expect(lines.text(ofLine: 2) == "two")
        #expect(lines.text(ofLine: 3) == "")
        #expect(lines.text(ofLine: 4) == "康拓")
        #expect(lines.text(ofLine: 6) == nil)
    }

    @Test func byteOffsetsBecomeCharacterColumns() {
        let source = SourceFile(path: "x", text: "a\n康拓x")
        #expect(source.mark(ofByteOffset: 8) == Mark(line: 2, column: 3))
    }
}
