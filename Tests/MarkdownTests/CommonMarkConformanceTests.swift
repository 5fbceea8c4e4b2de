import Foundation
import Markdown
import Testing

/// The CommonMark 0.30 examples (see `Tests/Fixtures/commonmark/README.md`).
struct CommonMarkConformanceTests {
    struct Example: Decodable {
        var example: Int
        var section: String
        var markdown: String
        var html: String
    }

    static let examples: [Example] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/commonmark/spec-0.30.json")
        guard let data = try? Data(contentsOf: url),
            let examples = try? JSONDecoder().decode([Example].self, from: data)
        else { return [] }
        return examples
    }()

    static func render(_ example: Example, _ options: MarkdownOptions) -> String {
        MarkdownDocument(example.markdown, options: options).renderHTML()
    }

    @Test func allExamplesAreLoaded() {
        #expect(Self.examples.count == 652)
    }

    @Test func unsafePlainCommonMarkMatchesEveryExample() {
        var options = MarkdownOptions.plainCommonMark
        options.safe = false
        let failing = Self.examples.filter { Self.render($0, options) != $0.html }.map(\.example)
        #expect(failing == [])
    }

    @Test func safeModeDiffersOnlyWhereRawHTMLOrUnsafeURLsAre() {
        let differing = Self.examples.filter { Self.render($0, .plainCommonMark) != $0.html }
        #expect(differing.count == 71)
        let unexplained = differing.filter { example in
            let html = Self.render(example, .plainCommonMark)
            return !(html.contains("<!-- raw HTML omitted -->") || html.contains(#"href="""#)
                || html.contains(#"src="""#))
        }
        #expect(unexplained.map(\.example) == [])
    }

    @Test func additionsOnlyAddHeadingIDs() {
        let headingID = /<(h[1-6]) id="[a-z0-9-]+">/
        var withIDs = 0
        for example in Self.examples {
            let plain = Self.render(example, .plainCommonMark)
            let full = Self.render(example, MarkdownOptions(wikiLinks: false))
            if full != plain { withIDs += 1 }
            let normalised = full.replacing(headingID) { "<\($0.output.1)>" }
            #expect(normalised == plain, "example \(example.example)")
        }
        let headingExamples = Self.examples.filter { $0.html.contains("<h1>") || $0.html.contains("<h2>")
            || $0.html.contains("<h3>") || $0.html.contains("<h4>") || $0.html.contains("<h5>") || $0.html.contains("<h6>") }
        #expect(withIDs == headingExamples.count)
    }

    /// The spec has no wiki links; only examples with `[[foo]]` outside code change, into a link
    /// whose destination the link stage sets.
    @Test func wikiLinksChangeOnlyExamplesWithDoubleBrackets() {
        let changed = Self.examples.filter {
            Self.render($0, MarkdownOptions(headingIDs: false, tables: false)) != Self.render($0, .plainCommonMark)
        }
        #expect(changed.map(\.example) == [547, 589])
        #expect(changed.allSatisfy { Self.render($0, MarkdownOptions(headingIDs: false, tables: false)).contains(#"<a href="foo">foo</a>"#) })
    }
}
