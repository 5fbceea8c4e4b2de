import Testing
import SiteCore

@Suite struct SwedishNumberTests {
    @Test(arguments: [
        (1_920_000, "1\u{00A0}920\u{00A0}000"), (-25_937, "−25\u{00A0}937"), (0, "0"), (999, "999"), (1000, "1\u{00A0}000"),
    ])
    func integersGetSpaceGroups(value: Int, expected: String) {
        #expect(SwedishNumber.format(value) == expected)
    }

    @Test func decimalsUseComma() {
        #expect(SwedishNumber.format(33.333, decimals: 1) == "33,3")
        #expect(SwedishNumber.format(-0.5, decimals: 2) == "−0,50")
    }

    @Test(arguments: [
        ("1 920 000", 1_920_000.0), ("- 5 660", -5_660.0), ("−25 937", -25_937.0), ("33,5", 33.5), ("12 %", 12.0),
    ])
    func parsesSwedishTableNumbers(text: String, expected: Double) {
        #expect(SwedishNumber.parse(text) == expected)
    }

    @Test(arguments: ["Personalkostnader", "", "-", "12-3", "2012-01"])
    func rejectsText(text: String) {
        #expect(SwedishNumber.parse(text) == nil)
    }

    @Test func escapesHTMLSpecials() {
        #expect(escapeHTML(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
