import Markdown
import Testing

struct SafetyTests {
    @Test(arguments: [
        ("[x](javascript:alert(1))", #"<p><a href="">x</a></p>"# + "\n"),
        ("![x](vbscript:y)", #"<p><img src="" alt="x" /></p>"# + "\n"),
        ("<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"),
        ("Text <b onclick=\"x\">fet</b>", "<p>Text <!-- raw HTML omitted -->fet<!-- raw HTML omitted --></p>\n"),
    ])
    func safeModeDropsUnsafeURLsAndRawHTML(markdown: String, html: String) {
        #expect(MarkdownDocument(markdown).renderHTML() == html)
    }

    @Test func unsafeModeKeepsRawHTML() {
        let document = MarkdownDocument("<div>x</div>\n\n[x](javascript:y)", options: MarkdownOptions(safe: false))
        #expect(document.renderHTML() == "<div>x</div>\n<p><a href=\"javascript:y\">x</a></p>\n")
    }

    @Test func rewrittenJavaScriptURLIsStillDropped() {
        let document = MarkdownDocument("[x](a.md)")
        document.rewriteLinks { _ in "javascript:alert(1)" }
        #expect(document.renderHTML() == #"<p><a href="">x</a></p>"# + "\n")
    }

    @Test(arguments: [10_000, 50_000])
    func deeplyNestedBlockQuotesDoNotCrash(depth: Int) {
        let document = MarkdownDocument(String(repeating: ">", count: depth) + " djupt [x](a.md)\n")
        let html = document.renderHTML()
        #expect(html.components(separatedBy: "<blockquote>").count == depth + 1)
        #expect(document.links.count == 1)
        #expect(document.plainText == "djupt x")
    }

    @Test func deeplyNestedListsAndEmphasisDoNotCrash() {
        let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- p" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000)
        let document = MarkdownDocument(lists + "\n\n" + emphasis)
        #expect(document.renderHTML().hasPrefix("<ul>\n<li>p"))
    }

    @Test(arguments: ["", "\n", "\0", "\u{FEFF}# Rubrik", "\r\n\r\n[x](a.md)\r\n"])
    func oddInputParses(markdown: String) {
        let document = MarkdownDocument(markdown)
        _ = document.renderHTML()
        #expect(document.diagnostics.isEmpty)
    }

    @Test func plainTextDropsMarkupAndKeepsBlocks() {
        let markdown = """
            # Syfte

            Text med *betoning*, `kod` och <b>html</b>
            över två rader.

            - en
            - två

            ```
            kodblock
            ```

            ```tabell
            rubrik: Utfall
            År,Antal
            2012,6
            ```
            """
        #expect(MarkdownDocument(markdown).plainText == """
            Syfte
            Text med betoning, kod och html över två rader.
            en
            två
            kodblock
            Utfall
            År Antal
            2012 6
            """)
    }
}
