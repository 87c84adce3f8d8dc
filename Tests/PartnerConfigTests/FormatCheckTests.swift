import PartnerConfig
import PartnerModel
import Testing

@Suite struct FormatCheckTests {
    @Test(arguments: [
        ("li.wei@contoso.cn", true), ("LI.WEI@Contoso.CN", true), ("a+tag@x.co", true),
        ("li.wei@", false), ("@contoso.cn", false), ("li wei@contoso.cn", false), ("a@b", false), ("a..b@x.cn", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(FormatCheck.email(text) == valid)
    }

    @Test(arguments: [
        ("li.wei@contoso.partner.onmschina.cn", true), ("o'brien@x.onmicrosoft.com", true),
        ("a+b@x.cn", false), ("李伟@contoso.cn", false), (".a@x.cn", false), ("a.@x.cn", false), ("a@x", false),
        ("a@b@x.cn", false), ("\(String(repeating: "a", count: 65))@x.cn", false),
        ("li.wei@contoso.partner.onmschina.cn.", false),
    ])
    func userPrincipalNames(text: String, valid: Bool) {
        #expect(FormatCheck.userPrincipalName(text) == valid)
    }

    @Test(arguments: [
        ("contoso.partner.onmschina.cn", true), ("xn--fiqs8s.cn", true), ("世纪互联.中国", true), ("a-b.c1", true),
        ("contoso", false), ("contoso.", false), (".contoso.cn", false), ("a..cn", false), ("-a.cn", false),
        ("a-.cn", false), ("host.123", false), ("a_b.cn", false), ("", false),
        (String(repeating: "a", count: 64) + ".cn", false), (String(repeating: "a", count: 63) + ".cn", true),
    ])
    func domains(text: String, valid: Bool) {
        #expect(FormatCheck.domain(text) == valid)
    }

    @Test(arguments: [("CN", true), ("US", true), ("cn", false), ("CHN", false), ("C", false), ("ＣＮ", false)])
    func countries(text: String, valid: Bool) {
        #expect(FormatCheck.country(text) == valid)
    }

    @Test(arguments: [
        ("+86 10 5555 0100", true), ("(425) 555-0100", true), ("400.555.0100", true),
        ("+86 10 5555 0100 ext 2", false), ("12", false), ("86+10", false),
    ])
    func phones(text: String, valid: Bool) {
        #expect(FormatCheck.phone(text) == valid)
    }

    @Test(arguments: [
        ("https://contoso.cn/support", true), ("http://contoso.cn:8080", true),
        ("contoso.cn", false), ("ftp://contoso.cn", false), ("https://", false),
    ])
    func urls(text: String, valid: Bool) {
        #expect(FormatCheck.url(text) == valid)
    }

    @Test(arguments: [
        ("CFQ7TTC0LH18", true), ("CFQ7TTC0LH18:0001", true), ("MS-AZR-0145P", true),
        ("031C9E47-4802-4248-838E-778FB1D2CC05", true), ("bogus", false), ("CFQ7TTC0LH18:1", false),
    ])
    func offerIds(text: String, valid: Bool) {
        #expect(FormatCheck.offerId(text) == valid)
    }

    @Test func languagesAndCultures() {
        #expect(FormatCheck.languageTag("zh-Hans"))
        #expect(FormatCheck.languageTag("en"))
        #expect(!FormatCheck.languageTag("chinese simplified"))
        #expect(FormatCheck.culture("zh-CN"))
        #expect(!FormatCheck.culture("zh"))
    }

    @Test func comparableValuesIgnoreFormattingThatCarriesNoMeaning() {
        #expect(Normalization.comparable("+86 10 5555-0100", format: .phone) == "+861055550100")
        #expect(Normalization.comparable(" Li.Wei@Contoso.CN ", format: .email) == "li.wei@contoso.cn")
        #expect(Normalization.comparable("e\u{301}", format: .text).unicodeScalars.count == 1)
    }

    /// The fast path that leaves text alone decodes UTF-8 itself: at each edge of the ranges it
    /// trusts, text comes out as Foundation's NFC would make it.
    @Test(arguments: [
        0x2FF, 0x300, 0x2FFF, 0x3000, 0x3098, 0x3099, 0x309A, 0x309B, 0x9FFF, 0xA000, 0xABFF, 0xAC00, 0xD7A3,
        0xD7A4, 0xFEFF, 0xFF00, 0xFFEF, 0xFFF0, 0x1F600, 0x2F800,
    ])
    func textIsLeftInNFC(scalar: UInt32) throws {
        let character = String(try #require(Unicode.Scalar(scalar)))
        for text in ["a" + character, "王" + character + "b", "e" + character, "ka" + "\u{304B}" + character] {
            #expect(Normalization.text(text) == text.precomposedStringWithCanonicalMapping, "\(text.debugDescription)")
        }
    }
}
