@testable import Markdown
import SiteCore
import Testing

/// `WikiLinkTransform.mayFind` lets a page skip the wiki-link transform when its source cannot
/// hold a wiki link: for every such page the document must be exactly what it is with wiki links
/// switched off, and the transform must never be skipped for a page where it finds something.
struct WikiLinkPrefilterTests {
    /// The same page with the transform on and off: links, diagnostics and HTML.
    private func agree(_ markdown: String) -> Bool {
        let on = MarkdownDocument(markdown, sourceFile: "a.md")
        let off = MarkdownDocument(markdown, sourceFile: "a.md", options: .init(wikiLinks: false))
        return on.links == off.links && on.diagnostics == off.diagnostics && on.renderHTML() == off.renderHTML()
    }

    @Test(arguments: [
        ("Se [[Steg]]", true),
        ("![[bild.png]]", true),
        ("[[Steg", true),
        ("[foo]: /u\nSe [[Foo]]", true),
        ("&#91;&#91;Steg]]", true),
        ("&lsqb;&lsqb;Steg]]", true),
        ("[a](b) och [c](d)", false),
        ("[\n[Steg]]", false),
        ("\\[\\[Steg]]", false),
        ("Vanlig text utan klamrar.", false),
    ])
    func sourcesThatMayHoldWikiLinksAreKept(markdown: String, mayFind: Bool) {
        #expect(WikiLinkTransform.mayFind(in: Array(markdown.utf8)) == mayFind)
    }

    /// Random Markdown made of the characters wiki links, links, escapes and references are made
    /// of: wherever the prefilter says no, the transform would have changed nothing.
    @Test func skippedPagesAreThoseTheTransformLeavesAlone() {
        let alphabet = Array("[[]]()!&#;91x \n\\*`<>-|^:/")
        var state: UInt64 = 0x5B5B_5D5D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var skipped = 0, changed = 0
        for _ in 0..<3_000 {
            let text = String((0..<next(24)).map { _ in alphabet[next(alphabet.count)] })
            if WikiLinkTransform.mayFind(in: Array(text.utf8)) {
                if !agree(text) { changed += 1 }
            } else {
                skipped += 1
                #expect(agree(text), "\(text.debugDescription)")
            }
        }
        // Both sides were exercised: many texts skipped, and some that the transform does change.
        #expect(skipped > 500)
        #expect(changed > 20)
    }
}
