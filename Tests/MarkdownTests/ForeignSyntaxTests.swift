import Markdown
import SiteCore
import Testing

/// Markdown written for other tools (Obsidian vaults, Hugo/docs-site shortcodes, MDX) parses without
/// a crash, keeps its text readable, and gets a warning at its line and column.
struct ForeignSyntaxTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let markdown: String
        let rule: String
        let line: Int
        let column: Int
        /// Text the rendered HTML must still show.
        let shows: String
        var testDescription: String { markdown }
    }

    static let cases: [Case] = [
        Case(markdown: "Se bilden:\n![[bild.png]] här.", rule: "markdown.obsidian-embed", line: 2, column: 1, shows: "![[bild.png]] här."),
        Case(markdown: "Hela sidan: ![[Kartläggning]]", rule: "markdown.obsidian-embed", line: 1, column: 13, shows: "![[Kartläggning]]"),
        Case(markdown: "Stycket.\n\nEtt stycke att peka på. ^abc123", rule: "markdown.obsidian-block", line: 3, column: 25,
             shows: "Ett stycke att peka på. ^abc123"),
        Case(markdown: "> [!note] Tänk på\n> att boka tolk.", rule: "markdown.obsidian-callout", line: 1, column: 1,
             shows: "[!note] Tänk på\natt boka tolk."),
        Case(markdown: "Text\nmed #arbetsprövning och #fas-2 i sig.", rule: "markdown.obsidian-tag", line: 2, column: 5,
             shows: "med #arbetsprövning och #fas-2"),
        Case(markdown: "Läs {{< ref \"kartlaggning.md\" >}} först.", rule: "markdown.shortcode", line: 1, column: 5,
             shows: "{{&lt; ref &quot;kartlaggning.md&quot; &gt;}}"),
        Case(markdown: "Inledning.\n\n{{% notice info %}}\nViktigt.\n{{% /notice %}}", rule: "markdown.shortcode", line: 3, column: 1,
             shows: "{{% notice info %}}\nViktigt."),
        Case(markdown: "import Diagram from '../components/Diagram'\n\n# Rubrik", rule: "markdown.mdx", line: 1, column: 1,
             shows: "import Diagram from"),
        Case(markdown: "# Rubrik\n\nexport const meta = { titel: 'x' }", rule: "markdown.mdx", line: 3, column: 1, shows: "export const meta"),
        Case(markdown: "Text.\n\n<Diagram data={siffror} />\n\nMer.", rule: "markdown.mdx", line: 3, column: 1, shows: "<p>Mer.</p>"),
        Case(markdown: "Se <Tooltip text=\"x\">ordet</Tooltip> här.", rule: "markdown.mdx", line: 1, column: 4, shows: "ordet"),
        Case(markdown: "Se <Chart värden={[1, 2]} /> här.", rule: "markdown.mdx", line: 1, column: 4, shows: "här."),
    ]

    @Test(arguments: cases)
    func foreignSyntaxWarnsAtItsPlaceAndStaysReadable(_ example: Case) {
        let document = MarkdownDocument(example.markdown, sourceFile: "sida.md")
        let found = document.diagnostics.filter { $0.rule == example.rule }
        #expect(found.count == 1, "\(document.diagnostics.map { "\($0.rule) \($0.location.line):\($0.location.column)" })")
        #expect(found.first?.location.line == example.line)
        #expect(found.first?.location.column == example.column)
        #expect(found.allSatisfy { $0.severity == .warning && ($0.hint ?? "").count > 10 })
        #expect(document.renderHTML().contains(example.shows), "\(document.renderHTML())")
    }

    @Test(arguments: [
        "Rubriker som # Syfte och nummer #1 och C# och https://x.se/#del", "`#tagg` och `{{< ref >}}` i kod",
        "```\n{{% notice %}}\nimport x from 'y'\n<Komponent />\n```", "Ett ^ ensamt och 2^10", "<div>vanlig html</div>",
        "[[Kartläggning]] och [[Kartläggning#Syfte]]", "importera från listan", "> Vanligt citat [!] utan sort",
    ])
    func ordinaryMarkdownGetsNoWarning(markdown: String) {
        let document = MarkdownDocument(markdown)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.rule))")
    }

    @Test func blockReferenceLinksToThePage() {
        let document = MarkdownDocument("Se [[Kartläggning#^abc123]] och [[Kartläggning#^x|här]].")
        #expect(document.links.map(\.wiki) == [WikiLinkSyntax(page: "Kartläggning"), WikiLinkSyntax(page: "Kartläggning", label: "här")])
        #expect(document.diagnostics.map(\.rule) == ["markdown.obsidian-block", "markdown.obsidian-block"])
        #expect(document.diagnostics.map(\.location.column) == [4, 33])
    }

    @Test func embedIsNotALink() {
        let document = MarkdownDocument("![[bild.png]] och [[Sida]]")
        #expect(document.links.map(\.wiki?.page) == ["Sida"])
    }

    @Test func plainCommonMarkHasNoForeignSyntaxWarnings() {
        let document = MarkdownDocument("Text #tagg {{< x >}}\n\n> [!note] x", options: .plainCommonMark)
        #expect(document.diagnostics.isEmpty)
    }
}
