import Markdown
import SiteCore
import Testing

/// Diagnostics give columns in characters (what an editor shows), not bytes: a line with Swedish
/// letters, decomposed accents, emoji and flags before the problem must still point at it.
struct CharacterColumnTests {
    static let alphabet = ["x", "å", "Ä", "ö", "e\u{301}", "a\u{30A}", "👍🏽", "🇸🇪", "ß", "中", " ", "é", "ñ", "ł", "Ω", "\u{2013}", "👩\u{200D}💻"]

    @Test func columnsCountCharactersWhateverComesBefore() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var checked = 0
        for _ in 0..<400 {
            var prefix = "x"
            for _ in 0..<(Int(state >> 60) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                prefix += Self.alphabet[Int(state >> 33) % Self.alphabet.count]
            }
            let document = MarkdownDocument(prefix + " {{< ref >}}\n")
            let shortcode = document.diagnostics.first { $0.rule == "markdown.shortcode" }
            #expect(shortcode?.location.column == (prefix + " ").count + 1, "\(prefix.unicodeScalars.map { String($0.value, radix: 16) })")
            checked += 1
        }
        #expect(checked == 400)
    }
}
