import Markdown
import SiteCore
import Testing

struct HeadingTests {
    @Test(arguments: [
        ("## Syfte", "syfte"),
        ("## Mål och målgrupp", "mal-och-malgrupp"),
        ("# Kartläggning för öppenvården", "kartlaggning-for-oppenvarden"),
        ("### Steg 3: Arbetsträning *med* stöd", "steg-3-arbetstraning-med-stod"),
        ("## `kod` & annat", "kod-annat"),
        ("## !!!", "avsnitt"),
    ])
    func headingGetsSwedishSlug(markdown: String, id: String) {
        let document = MarkdownDocument(markdown)
        #expect(document.headings.map(\.id) == [id])
    }

    @Test func repeatedHeadingsAreNumbered() {
        let document = MarkdownDocument("## Syfte\n\n## Syfte\n\n## Syfte\n")
        #expect(document.headings.map(\.id) == ["syfte", "syfte-1", "syfte-2"])
        #expect(document.renderHTML() == """
            <h2 id="syfte">Syfte</h2>
            <h2 id="syfte-1">Syfte</h2>
            <h2 id="syfte-2">Syfte</h2>

            """)
    }

    @Test(arguments: [
        ("# Hej", #"<h1 id="hej">Hej</h1>"# + "\n"),
        ("Setext *rubrik*\n---", #"<h2 id="setext-rubrik">Setext <em>rubrik</em></h2>"# + "\n"),
        ("###### Sex [länk](a.md)", #"<h6 id="sex-lank">Sex <a href="a.md">länk</a></h6>"# + "\n"),
        ("- ## I lista", "<ul>\n<li>\n" + #"<h2 id="i-lista">I lista</h2>"# + "\n</li>\n</ul>\n"),
        ("#", #"<h1 id="avsnitt"></h1>"# + "\n"),
    ])
    func headingRendersWithIDAndInlineContent(markdown: String, html: String) {
        #expect(MarkdownDocument(markdown).renderHTML() == html)
    }

    @Test func headingRecordsLevelTextAndLocation() {
        let document = MarkdownDocument("Inledning\n\n### Å *och* Ö\n", sourceFile: "content/a.md", lineOffset: 4)
        #expect(document.headings == [
            Heading(level: 3, text: "Å och Ö", id: "a-och-o", location: SourceLocation(file: "content/a.md", line: 7, column: 1)),
        ])
    }

    @Test func headingIDsCanBeSwitchedOff() {
        let document = MarkdownDocument("## Syfte\n", options: MarkdownOptions(headingIDs: false))
        #expect(document.renderHTML() == "<h2>Syfte</h2>\n")
        #expect(document.headings.map(\.id) == ["syfte"])
    }

    @Test(arguments: [
        (true, #"<h2 id="hej-alert-1">Hej <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --></h2>"# + "\n"),
        (false, #"<h2 id="hej-alert-1">Hej <script>alert(1)</script></h2>"# + "\n"),
    ])
    func rawHTMLInHeadingFollowsSafeMode(safe: Bool, html: String) {
        let document = MarkdownDocument("## Hej <script>alert(1)</script>", options: MarkdownOptions(safe: safe))
        #expect(document.renderHTML() == html)
    }

    @Test func escapedMarkupInHeadingStaysEscaped() {
        let document = MarkdownDocument(#"## \<script> "x" & y"#)
        #expect(document.renderHTML() == #"<h2 id="script-x-y">&lt;script&gt; &quot;x&quot; &amp; y</h2>"# + "\n")
    }
}
