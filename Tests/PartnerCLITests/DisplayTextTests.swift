import PartnerModel
import Testing

@testable import PartnerCLI

/// The one escaping function for human output, and the Markdown escaping built on it.
@Suite struct DisplayTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let value: String
        let shown: String
        var testDescription: String { id }
    }

    /// What people see for each kind of character. The expected text is a raw string: it reads
    /// exactly as printed.
    static let cases: [Case] = [
        Case(id: "plain text", value: "Sam Sales", shown: "Sam Sales"),
        Case(id: "Chinese text", value: "康拓信息技术（北京）有限公司 李伟", shown: "康拓信息技术（北京）有限公司 李伟"),
        Case(id: "accents and emoji", value: "Zoë 🚀", shown: "Zoë 🚀"),
        Case(id: "escape sequence", value: "\u{1B}[31mred\u{1B}[0m", shown: #"\u{1B}[31mred\u{1B}[0m"#),
        Case(id: "line breaks and tab", value: "a\nb\rc\td", shown: #"a\nb\rc\td"#),
        Case(id: "other C0 and DEL", value: "\u{0}\u{7}\u{8}\u{1F}\u{7F}", shown: #"\u{00}\u{07}\u{08}\u{1F}\u{7F}"#),
        Case(id: "C1 controls and NEL", value: "\u{80}\u{85}\u{9B}\u{9F}", shown: #"\u{80}\u{85}\u{9B}\u{9F}"#),
        Case(id: "line and paragraph separators", value: "a\u{2028}b\u{2029}c", shown: #"a\u{2028}b\u{2029}c"#),
        Case(
            id: "bidi controls",
            value: "\u{61C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}",
            shown: #"\u{61C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"#),
        Case(id: "a backslash", value: #"C:\Users\li"#, shown: #"C:\\Users\\li"#),
        Case(id: "text that looks escaped", value: #"\u{1B}\n"#, shown: #"\\u{1B}\\n"#),
        Case(id: "CRLF is two characters", value: "a\r\nb", shown: #"a\r\nb"#),
    ]

    @Test(arguments: cases)
    func escaped(_ c: Case) {
        #expect(DisplayText.escaped(c.value) == c.shown)
        #expect(DisplayText.escaped(c.value[...]) == c.shown)
    }

    @Test func escapedTextIsPaddedByItsOwnWidth() {
        let rows = ["李伟", DisplayText.escaped("李\u{1B}[2J")].map { TextWidth.padded($0, to: 12) + "|" }
        #expect(rows == ["李伟        |", #"李\u{1B}[2J |"#])
    }

    // MARK: - Markdown

    @Test(
        arguments: [
            ("drift: 0 to add, 1 to change, 0 to remove", "drift: 0 to add, 1 to change, 0 to remove"),
            ("fabrikam.onmicrosoft.com", "fabrikam.onmicrosoft.com"),
            ("a | b", #"a \| b"#),
            (
                "[link](http://x) <b>*em* _u_ `code` ~~s~~ $x$ !",
                #"\[link\](http://x) \<b\>\*em\* \_u\_ \`code\` \~\~s\~\~ \$x\$ \!"#
            ),
            (#"# Heading \n"#, ##"\# Heading \\n"##),
            ("&amp; two\nlines", #"\&amp; two lines"#),
        ] as [(String, String)])
    func tableCell(text: String, cell: String) {
        #expect(MarkdownText.cell(text) == cell)
    }

    @Test(
        arguments: [
            ("/tmp/partner.yaml", "`/tmp/partner.yaml`"),
            ("a`b|c", "``a`b\\|c``"),
            ("``x", "``` ``x ```"),
            (" x ", "`  x  `"),
            ("", ""),
        ] as [(String, String)])
    func codeSpan(text: String, span: String) {
        #expect(MarkdownText.codeSpan(text) == span)
    }

    @Test func aCodeBlockCannotBeClosedByItsText() {
        #expect(MarkdownText.codeBlock("plan\n") == "```\nplan\n```\n")
        #expect(MarkdownText.codeBlock("a ``` b\n```\n# Heading") == "````\na ``` b\n```\n# Heading\n````\n")
        #expect(MarkdownText.codeBlock("`````") == "``````\n`````\n``````\n")
    }

    @Test func htmlIsEscaped() {
        #expect(MarkdownText.html(#"a<b>&"c"</summary>"#) == "a&lt;b&gt;&amp;&quot;c&quot;&lt;/summary&gt;")
    }
}
