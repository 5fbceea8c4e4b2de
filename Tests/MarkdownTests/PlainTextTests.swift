import Markdown
import Testing

/// The plain text a document gathers in its one walk, before ```` ```tabell ```` blocks become
/// tables, must be the text of the finished tree.
@Suite struct PlainTextTests {
    @Test(arguments: [
        "```tabell\nrubrik: Först\nA,B\n1,2\n```\n\n[x](a.md) efter",
        "[x](a.md) före\n\n```tabell\nrubrik: Sist\nA,B\n1,2\n```",
        "# Rubrik\n\n```tabell\nrubrik: Ett\nA\n1\n```\n\n- [x](a.md)\n- ```tabell\n  rubrik: Två\n  B\n  2\n  ```\n\n> ```tabell\n> rubrik: Tre\n> C\n> 3\n> ```\n\nslut",
        "```tabell\n```\n\n[x](a.md)\n\n```tabell\nbara fel\n```",
    ])
    func gatheredTextIsTheFinishedTreesText(markdown: String) {
        let document = MarkdownDocument(markdown)
        let gathered = document.plainText
        // A rewrite that changes nothing visible still makes the document walk its tree again.
        document.applyLinks { _, link in .replace(url: link.destination, text: nil) }
        #expect(document.plainText == gathered)
        #expect(gathered.contains("x"))
    }

    @Test func relabelledLinkShowsInPlainText() {
        let document = MarkdownDocument("Se [gammal](a.md) här.")
        #expect(document.plainText == "Se gammal här.")
        document.applyLinks { _, _ in .replace(url: "a.html", text: "ny") }
        #expect(document.plainText == "Se ny här.")
    }
}
