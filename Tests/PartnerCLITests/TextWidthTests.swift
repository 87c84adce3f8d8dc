import Testing

@testable import PartnerCLI

@Suite struct TextWidthTests {
    @Test(arguments: [("abc", 3), ("李伟", 4), ("康拓（北京）", 12), ("e\u{301}", 1), ("", 0)])
    func widths(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func paddingUsesDisplayWidth() {
        #expect(TextWidth.padded("李伟", to: 6) == "李伟  ")
    }
}
