import Markdown
import SiteCore
import Testing

struct WikiLinkTests {
    @Test(arguments: [
        ("Se [[Kartläggning]] nu", "Kartläggning", nil, nil, 1, 4),
        ("[[kartlaggning]]", "kartlaggning", nil, nil, 1, 1),
        ("[[metoder/kartlaggning|den första metoden]]", "metoder/kartlaggning", nil, "den första metoden", 1, 1),
        ("Å [[Kartläggning#Syfte]]", "Kartläggning", "Syfte", nil, 1, 3),
        ("Se [[#Så här går det till]].", "", "Så här går det till", nil, 1, 4),
        ("- punkt\n  med [[Steg]]", "Steg", nil, nil, 2, 7),
        ("> citat\n> och [[Steg]]", "Steg", nil, nil, 2, 7),
        ("Första\n   andra [[Steg]]", "Steg", nil, nil, 2, 10),
        ("[foo]: /u\nSe [[Foo]]", "Foo", nil, nil, 2, 4),
        ("Den [[Gemensam\nhandlingsplan]]", "Gemensam handlingsplan", nil, nil, 1, 5),
        ("*se [[Steg]]*", "Steg", nil, nil, 1, 5),
        ("## Om [[Steg]]", "Steg", nil, nil, 1, 7),
        ("a &amp; \\* [[Steg]]", "Steg", nil, nil, 1, 12),
    ] as [(String, String, String?, String?, Int, Int)])
    func wikiLinkIsFoundWithItsParts(markdown: String, page: String, heading: String?, label: String?, line: Int, column: Int) throws {
        let document = MarkdownDocument(markdown, sourceFile: "a.md")
        let link = try #require(document.links.first)
        #expect(document.links.count == 1)
        #expect(link.wiki == WikiLinkSyntax(page: page, heading: heading, label: label))
        #expect(link.location == SourceLocation(file: "a.md", line: line, column: column))
        #expect(!document.renderHTML().contains("[["))
    }

    @Test(arguments: [
        "`[[Steg]]`",
        "```\n[[Steg]]\n```",
        "    [[Steg]]",
        "\\[[Steg]]",
        "[\\[Steg]]",
        "[[Steg\\]]",
        "[[Steg]\\]",
        "[[ ]]",
        "[[|text]]",
    ])
    func wikiSyntaxStaysLiteralInCodeAndWhenEscaped(markdown: String) {
        let document = MarkdownDocument(markdown)
        #expect(document.links.isEmpty)
        #expect(document.diagnostics.isEmpty)
        #expect(document.renderHTML().contains("["))
    }

    @Test func bracketedInlineLinkIsNotAWikiLink() {
        let document = MarkdownDocument("Se [[Steg](steg.md)] och [[Steg][r]]\n\n[r]: x.md")
        #expect(document.links.map(\.destination) == ["steg.md", "x.md"])
        #expect(document.links.allSatisfy { !$0.isWikiLink })
    }

    @Test func referenceDefinitionDoesNotTurnAWikiLinkIntoABracketedLink() {
        let document = MarkdownDocument("Se [[Foo]] och [Foo].\n\n[foo]: https://example.org/")
        #expect(document.links.map(\.isWikiLink) == [true, false])
        #expect(document.renderHTML() == "<p>Se <a href=\"Foo\">Foo</a> och <a href=\"https://example.org/\">Foo</a>.</p>\n")
    }

    @Test func unclosedWikiLinkIsAWarningAtItsBrackets() throws {
        let document = MarkdownDocument("Text\n\nSe [[Kartläggning och mer", sourceFile: "a.md", lineOffset: 4)
        let problem = try #require(document.diagnostics.first)
        #expect(problem.rule == "link.wiki-unclosed")
        #expect(problem.severity == .warning)
        #expect(problem.location == SourceLocation(file: "a.md", line: 7, column: 4))
    }

    @Test func wikiLinksCanBeSwitchedOff() {
        let document = MarkdownDocument("[[Steg]]", options: .plainCommonMark)
        #expect(document.links.isEmpty)
        #expect(document.renderHTML() == "<p>[[Steg]]</p>\n")
    }

    @Test func resolvedWikiLinkGetsItsURLAndTitle() {
        let document = MarkdownDocument("Se [[kartlaggning]] och [[Steg|steget]].")
        document.applyLinks { index, _ in
            .replace(url: index == 0 ? "../kartlaggning/index.html" : "../../trappan/steg/index.html", text: "Kartläggning")
        }
        #expect(document.renderHTML() == """
            <p>Se <a href="../kartlaggning/index.html">Kartläggning</a> och <a href="../../trappan/steg/index.html">Kartläggning</a>.</p>

            """)
    }

    @Test func unlinkedLinkKeepsItsText() {
        let document = MarkdownDocument("Se [*x*](saknas.md) och [[Saknas]].")
        document.applyLinks { _, _ in .unlink }
        #expect(document.renderHTML() == "<p>Se <em>x</em> och Saknas.</p>\n")
    }

    @Test(arguments: [
        "https://example.org/",
        "https://example.org/a?b=1&c='d'",
        "http://exempel.se/åäö sök",
        "https://example.org/a\"b",
    ])
    func externalLinkIsMarkedWithTheHrefCmarkWouldWrite(url: String) {
        let markdown = "[extern <b>](<\(url)> \"Titel & \\\"mer\\\"\")"
        let plain = MarkdownDocument(markdown).renderHTML()
        let document = MarkdownDocument(markdown)
        document.applyLinks { _, _ in .external(note: "(extern webbplats)") }
        let marked = document.renderHTML()
        let href = { (html: String) in html.components(separatedBy: "href=\"").dropFirst().first?.components(separatedBy: "\"").first }
        #expect(href(marked) == href(plain))
        #expect(marked.contains(#"class="extern">extern <!-- raw HTML omitted --><span class="visuellt-dold"> (extern webbplats)</span></a>"#))
        #expect(marked.contains(#"title="Titel &amp; &quot;mer&quot;""#))
        #expect(marked.contains("a%22b") == url.contains("\""))
    }
}

/// Random Markdown made of the characters wiki links and their neighbours use: parsing, every
/// rewrite and rendering never crash, every wiki link found has a place inside the text, and every
/// rewritten URL is rendered.
struct WikiLinkRobustnessTests {
    static let pieces = [
        "[", "]", "[[", "]]", "\\", "|", "#", "`", "\n", "\n\n", "> ", "- ", "*", "&amp;", "Å", "ö", "x",
        "[x]: /u\n", "(u)", "!", "<", ">", "    ", "\t", "[[A|b]]", "[[#R]]", "## ",
    ]

    @Test(arguments: 0..<200)
    func randomMarkdownNeverBreaksTheTree(seed: Int) {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let markdown = (0..<(next() % 60)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
        let lineCount = markdown.split(separator: "\n", omittingEmptySubsequences: false).count
        let document = MarkdownDocument(markdown, sourceFile: "a.md")
        for link in document.links where link.isWikiLink {
            #expect((1...lineCount).contains(link.location.line), "\(markdown.debugDescription)")
        }
        let choice = seed % 4
        var replaced = 0
        document.applyLinks { index, _ in
            switch (choice + index) % 4 {
            case 0: return .unlink
            case 1:
                replaced += 1
                return .replace(url: "x.html", text: "T")
            case 2: return .external(note: "(extern)")
            default: return .keep
            }
        }
        #expect(document.renderHTML().components(separatedBy: "=\"x.html\"").count - 1 == replaced, "\(markdown.debugDescription)")
    }
}
