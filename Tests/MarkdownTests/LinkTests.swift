import Markdown
import SiteCore
import Testing

struct LinkTests {
    @Test(arguments: [
        ("Åå [x](a.md)", 1, 4),
        ("[x](a.md)", 1, 1),
        ("Text\n\nÖ ![bild](b.png)", 3, 3),
        ("Första raden\n   andra [x](a.md)", 2, 10),
        ("> citat\n>    mer [x](a.md)", 2, 10),
        ("> citat\nlat [x](a.md)", 2, 5),
        ("- punkt\n      ännu [x](a.md)", 2, 12),
        ("Ett <https://example.org>", 1, 5),
        ("Tab\t[x](a.md)", 1, 5),
        ("\u{FEFF}Å [x](a.md)", 1, 3),
        ("\r\nÅ\r[x](a.md)", 3, 1),
        // Positions cmark 0.30 itself reports wrongly.
        ("a [länk\növer](x)", 1, 3),
        ("a\n  b [länk\n  över](x)", 2, 5),
        ("a ![b](c\n\"t\")", 1, 3),
        ("a *b* `c\nd` [x](y)", 2, 4),
        ("[r]: /u\nLäs [s][r]", 2, 5),
        ("> [r]:\n>   /u\n> x ![a][r]", 3, 5),
    ])
    func linkLocationCountsCharacters(markdown: String, line: Int, column: Int) {
        let links = MarkdownDocument(markdown, sourceFile: "a.md").links
        #expect(links.map(\.location) == [SourceLocation(file: "a.md", line: line, column: column)])
    }

    @Test func linksAreListedInDocumentOrderWithTextAndTitle() {
        let markdown = """
            Se [metoden *kartläggning*](../metoder/kartlaggning.md "Metod") och
            [[wiki]] samt ![diagram `x`](bild.svg).

            [ref]: steg.md
            Läs [steg][ref].
            """
        let links = MarkdownDocument(markdown, sourceFile: "f.md").links
        #expect(links == [
            LinkReference(destination: "../metoder/kartlaggning.md", title: "Metod", text: "metoden kartläggning",
                          isImage: false, location: SourceLocation(file: "f.md", line: 1, column: 4)),
            LinkReference(destination: "wiki", title: "", text: "wiki", isImage: false,
                          location: SourceLocation(file: "f.md", line: 2, column: 1), wiki: WikiLinkSyntax(page: "wiki")),
            LinkReference(destination: "bild.svg", title: "", text: "diagram x", isImage: true,
                          location: SourceLocation(file: "f.md", line: 2, column: 15)),
            LinkReference(destination: "steg.md", title: "", text: "steg", isImage: false,
                          location: SourceLocation(file: "f.md", line: 5, column: 5)),
        ])
    }

    @Test func linkAfterMultiLineTitleIsFoundOnItsLine() {
        let links = MarkdownDocument("a [b](c\n\"t\") [d](e)\n\nö [f](g)").links
        #expect(links.map { "\($0.location.line):\($0.location.column)" } == ["1:3", "2:6", "4:3"])
    }

    @Test func imageInsideLinkGivesItsAltTextToTheLink() {
        let links = MarkdownDocument("[![logga](l.png) hem](index.md)").links
        #expect(links.map(\.text) == ["logga hem", "logga"])
        #expect(links.map(\.isImage) == [false, true])
    }

    @Test(arguments: [0, 3, 12])
    func lineOffsetIsAdded(offset: Int) {
        let document = MarkdownDocument("\n\n[x](a.md)\n", lineOffset: offset)
        #expect(document.links.first?.location.line == 3 + offset)
    }

    @Test func rewriteLinksChangesHrefsAndTheList() {
        let document = MarkdownDocument("[a](a.md) [b](https://example.org) ![c](c.png)")
        document.rewriteLinks { link in
            link.destination.hasSuffix(".md") ? "../" + link.destination.dropLast(3) + "/index.html" : nil
        }
        #expect(document.renderHTML()
            == #"<p><a href="../a/index.html">a</a> <a href="https://example.org">b</a> <img src="c.png" alt="c" /></p>"# + "\n")
        #expect(document.links.map(\.destination) == ["../a/index.html", "https://example.org", "c.png"])
    }

    @Test func rewrittenLinkInsideHeadingKeepsHeadingID() {
        let document = MarkdownDocument("## Se [kartläggning](k.md)")
        document.rewriteLinks { _ in "k/index.html" }
        #expect(document.renderHTML() == #"<h2 id="se-kartlaggning">Se <a href="k/index.html">kartläggning</a></h2>"# + "\n")
    }

    @Test func tenThousandLinksRender() {
        let markdown = (0..<10_000).map { "[länk \($0)](sida-\($0).md)" }.joined(separator: " ")
        let document = MarkdownDocument(markdown)
        #expect(document.links.count == 10_000)
        #expect(document.links.last?.location.column == markdown.count - "[länk 9999](sida-9999.md)".count + 1)
        document.rewriteLinks { $0.destination + "#x" }
        let html = document.renderHTML()
        #expect(html.hasSuffix(#"<a href="sida-9999.md#x">länk 9999</a></p>"# + "\n"))
    }
}
