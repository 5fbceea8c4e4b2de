/// The Swift face of cmark, and the only code that touches its C API: parses one page's Markdown
/// (with source positions), finds its headings and links, turns ```` ```tabell ```` blocks into
/// accessible tables, turns `[[wiki links]]` into link nodes, gives headings Swedish ids, lets the
/// link stage rewrite, relabel, unlink or mark links as external, and renders
/// HTML in cmark's safe mode. It hands on plain values (`Heading`, `LinkReference`, `Diagnostic`)
/// and HTML text; the cmark tree never leaves the `MarkdownDocument` that owns it.
///
/// A document is not `Sendable`: create, transform and render it on one task, then keep only the
/// values and the HTML.
import CMark
import SiteCore

/// One page's Markdown, parsed by cmark, ready to inspect, rewrite and render.
///
/// Not `Sendable`: it owns the cmark tree and frees it when released.
public final class MarkdownDocument {
    public private(set) var headings: [Heading]
    /// Links and images in document order.
    public private(set) var links: [LinkReference]
    /// Problems found while reading (tabell errors, GFM pipe tables …), sorted by place.
    public let diagnostics: [Diagnostic]

    private let root: CMarkNode?
    private let options: MarkdownOptions
    /// Parallel to `links`; nil once a link node was replaced (marked external or unlinked).
    private var linkNodes: [CMarkNode?]
    /// Search text of the custom blocks that replaced ```` ```tabell ```` blocks.
    private let tableText: [CMarkNode: String]
    /// `plainTextUTF8`, gathered in the walk that found the outline; nil once `applyLinks` changed the tree.
    private var collectedText: [UInt8]?
    /// The text or a table holds `PreparedBody`'s hole markers, so holes could not be told apart.
    private let markerInText: Bool

    /// Parses `markdown` and applies the additions `options` switch on.
    /// - Parameters:
    ///   - sourceFile: the path shown in diagnostics (`content/metoder/kartlaggning.md`).
    ///   - lineOffset: how many lines of the file come before `markdown` (the front matter);
    ///     added to every line number.
    ///   - readDataFile: the text of the file a `källa: data/x.csv` line names, or nil if there is
    ///     none. Paths with `..` or a leading `/` are rejected before it is called.
    public init(
        _ markdown: String, sourceFile: String = "<inline>", lineOffset: Int = 0,
        options: MarkdownOptions = .init(), readDataFile: (String) -> String? = { _ in nil }
    ) {
        self.options = options
        var source = SourceText(markdown)
        let root = CMarkNode.parse(source.bytes, options: CMARK_OPT_SOURCEPOS | Self.safetyOption(options))
            ?? CMarkNode.makeDocument()
        self.root = root

        var wiki: WikiLinkTransform?
        if options.wikiLinks, let root, WikiLinkTransform.mayFind(in: source.bytes) {
            wiki = WikiLinkTransform(root: root, source: &source)
        }
        // One walk feeds all three: cmark's iterator and the per-node type switch cost as much as
        // what each of them does with most nodes. With it (and the byte-level text and C strings
        // of `DocumentOutline`, `HeadingAnchor` and `SlugRegistry`), `init`, `plainTextUTF8` and
        // `prepareBody` went from 10.4 % to 7.7 % of a 10k-page build's samples, and the outline
        // stage from 635 to 576 ms of CPU.
        var outline = DocumentOutline(file: sourceFile, lineOffset: lineOffset, findTables: options.tables,
                                      wikiLinks: wiki?.made ?? [:], leaves: wiki?.leaves ?? [:])
        var foreign = options.foreignSyntax ? ForeignSyntax() : nil
        var plain = PlainText(expectedCount: source.bytes.count)
        root?.walk { node, entering in
            outline.visit(node, entering: entering, source: &source)
            foreign?.visit(node, entering: entering, source: source)
            if node.type == CMARK_NODE_CODE_BLOCK, outline.tabellBlocks.last?.node == node {
                plain.leaveRoomForTable()
            } else {
                plain.visit(node, entering: entering)
            }
        }
        for var issue in (wiki?.issues ?? []) + (foreign?.issues ?? []) {
            issue.column = source.characterColumn(line: issue.line, byteColumn: issue.column)
            outline.issues.append(issue)
        }
        headings = outline.headings
        links = outline.links
        linkNodes = outline.linkNodes

        var tableText: [CMarkNode: String] = [:]
        var markerInText = PreparedBody.holdsMarker(source.bytes)
        var tableTexts: [[UInt8]] = []
        for block in outline.tabellBlocks {
            let literal = block.node.literal
            let table = TabellBlock(literal: literal, fenceLine: block.line, fenceColumn: block.column,
                                    readDataFile: readDataFile)
            outline.issues += table.issues
            guard let replacement = CMarkNode.makeCustom(CMARK_NODE_CUSTOM_BLOCK, onEnter: table.html, onExit: "")
            else {
                // The block stays a code block, with its literal as its text.
                tableTexts.append(Array(literal.utf8))
                continue
            }
            block.node.replace(with: replacement)
            tableText[replacement] = table.plainText
            tableTexts.append(Array(table.plainText.utf8))
            markerInText = markerInText || PreparedBody.holdsMarker(Array(table.html.utf8))
        }
        plain.fillTables(tableTexts)
        collectedText = plain.bytes
        self.tableText = tableText
        self.markerInText = markerInText

        if options.headingIDs {
            for (node, heading) in zip(outline.headingNodes, outline.headings) {
                HeadingAnchor.attach(id: heading.id, level: heading.level, to: node)
            }
        }

        diagnostics = outline.issues.map { issue in
            Diagnostic(issue.severity, at: SourceLocation(file: sourceFile, line: issue.line + lineOffset, column: issue.column),
                       rule: issue.rule, issue.message, hint: issue.hint, sourceLine: source.lineText(issue.line))
        }.sorted()
    }

    deinit { root?.freeTree() }

    /// Offers every link and image to `transform`; a non-nil answer becomes its URL, both in the
    /// rendered HTML and in `links`.
    public func rewriteLinks(_ transform: (LinkReference) -> String?) {
        applyLinks { _, link in transform(link).map { .replace(url: $0) } ?? .keep }
    }

    /// Offers every link and image, with its index in `links`, to `transform` and applies the answer.
    public func applyLinks(_ transform: (Int, LinkReference) -> LinkRewrite) {
        for index in links.indices {
            guard let node = linkNodes[index] else { continue }
            let answer = transform(index, links[index])
            if case .keep = answer {} else { collectedText = nil }
            switch answer {
            case .keep:
                break
            case .replace(let url, let text):
                node.setURL(url)
                links[index].destination = url
                if let text, let child = node.firstChild, child.next == nil, child.type == CMARK_NODE_TEXT {
                    child.setLiteral(text)
                    links[index].text = text
                }
            case .external(let note):
                guard node.type == CMARK_NODE_LINK, ExternalLinkMarker.mark(node, note: note) else { continue }
                linkNodes[index] = nil
            case .unlink:
                // An image unlinked leaves its alt text as text.
                guard node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE else { continue }
                while let child = node.firstChild { node.insertBefore(child) }
                node.unlink()
                node.freeTree()
                linkNodes[index] = nil
            }
        }
    }

    /// The document as HTML with a hole around every link and image, for the link stage's answers
    /// to fill later (`PreparedBody`); nil when the text holds the hole markers itself. The
    /// document's links cannot be rewritten afterwards.
    public func prepareBody() -> PreparedBody? {
        guard let root, !markerInText else { return nil }
        var holes: [PreparedBody.Hole] = []
        for index in links.indices {
            guard let node = linkNodes[index] else { continue }
            let onlyChild = node.firstChild
            guard let wrapper = CMarkNode.makeCustom(
                CMARK_NODE_CUSTOM_INLINE, onEnterCString: Self.holeOpening, onExitCString: Self.holeClosing)
            else { return nil }
            guard node.insertBefore(wrapper) else {
                wrapper.freeTree()
                return nil
            }
            node.unlink()
            guard wrapper.appendChild(node) else { return nil }
            linkNodes[index] = nil
            holes.append(PreparedBody.Hole(
                link: index, isImage: node.type == CMARK_NODE_IMAGE,
                hasPlainText: onlyChild != nil && onlyChild?.next == nil && onlyChild?.type == CMARK_NODE_TEXT,
                isEmpty: onlyChild == nil,
                destination: links[index].destination, title: links[index].title))
        }
        return PreparedBody(html: root.renderHTMLBytes(options: Self.safetyOption(options)), holes: holes, safe: options.safe)
    }

    /// The document as an HTML fragment.
    public func renderHTML() -> String {
        root?.renderHTML(options: Self.safetyOption(options)) ?? ""
    }

    /// The text without markup (raw HTML left out), one block a line, for search and snippets.
    public var plainText: String {
        String(decoding: plainTextUTF8, as: UTF8.self)
    }

    /// `plainText` as UTF-8, as the search index reads it.
    public var plainTextUTF8: [UInt8] {
        if let collectedText { return collectedText }
        guard let root else { return [] }
        return PlainText.collect(from: root, tableText: tableText)
    }

    /// `PreparedBody`'s markers as C strings, made once for every link of every page.
    private static let holeOpening = Array(String(PreparedBody.opening).utf8) + [0]
    private static let holeClosing = Array(String(PreparedBody.closing).utf8) + [0]

    private static func safetyOption(_ options: MarkdownOptions) -> Int32 {
        options.safe ? CMARK_OPT_DEFAULT : CMARK_OPT_UNSAFE
    }
}

@available(*, unavailable, message: "MarkdownDocument owns a C tree: use it on one task")
extension MarkdownDocument: Sendable {}
