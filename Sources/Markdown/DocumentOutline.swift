import CMark
import SiteCore

/// What the walk over a freshly parsed tree finds: headings, links and images with their nodes,
/// the ```` ```tabell ```` blocks to replace, and pipe-table paragraphs to warn about. It is fed
/// one node at a time (`visit`), so that `MarkdownDocument` walks the tree once for it, for
/// `ForeignSyntax` and for `PlainText`.
struct DocumentOutline {
    var headings: [Heading] = []
    var headingNodes: [CMarkNode] = []
    var links: [LinkReference] = []
    var linkNodes: [CMarkNode] = []
    var tabellBlocks: [(node: CMarkNode, line: Int, column: Int)] = []
    var issues: [MarkdownIssue] = []

    /// A heading or link whose text is being collected; `index` points into `headings` or `links`.
    /// The text is gathered as cmark's UTF-8 bytes and made a `String` once, when the node closes.
    private struct OpenNode {
        var index: Int
        var text: [UInt8] = []
    }

    private let file: String
    private let lineOffset: Int
    private let findTables: Bool
    private let wikiLinks: [CMarkNode: WikiLinkTransform.Made]
    private let leaves: [CMarkNode: LeafBlock]
    private var open: [OpenNode] = []
    private var slugs = SlugRegistry()
    /// The paragraph or heading being walked; cmark's inline positions are relative to it.
    private var leaf: LeafBlock?

    private static let linkOpeners: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "<")]
    private static let imageOpeners: Set<UInt8> = [UInt8(ascii: "!")]

    init(
        file: String = "<inline>", lineOffset: Int = 0, findTables: Bool = false,
        wikiLinks: [CMarkNode: WikiLinkTransform.Made] = [:], leaves: [CMarkNode: LeafBlock] = [:]
    ) {
        self.file = file
        self.lineOffset = lineOffset
        self.findTables = findTables
        self.wikiLinks = wikiLinks
        self.leaves = leaves
    }

    private func location(line: Int, byteColumn: Int, source: inout SourceText) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset,
                       column: source.characterColumn(line: line, byteColumn: byteColumn))
    }

    /// Takes in one node of a depth-first walk (`CMarkNode.walk`) over a tree that does not change meanwhile.
    mutating func visit(_ node: CMarkNode, entering: Bool, source: inout SourceText) {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard !open.isEmpty else { return }
            node.withLiteralBytes { literal in
                for index in open.indices { open[index].text.append(contentsOf: literal) }
            }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            for index in open.indices { open[index].text.append(UInt8(ascii: " ")) }
        case CMARK_NODE_PARAGRAPH:
            leaf = entering ? leaves[node] ?? Self.leafBlock(node, source: source) : nil
            if entering, findTables,
                source.isPipeTable(startLine: node.startLine, startByteColumn: node.startByteColumn,
                                   endLine: node.endLine)
            {
                issues.append(MarkdownIssue(
                    severity: .warning, line: node.startLine,
                    column: source.characterColumn(line: node.startLine, byteColumn: node.startByteColumn),
                    rule: "tabell.pipe-table",
                    message: "tabeller med | (GFM) finns inte i CommonMark och visas som vanlig text",
                    hint: "skriv tabellen som ett ```tabell-block: första raden `rubrik: …`, sedan raderna som CSV med kommatecken mellan cellerna"))
            }
        case CMARK_NODE_HEADING:
            if entering {
                leaf = LeafBlock(startLine: node.startLine, startByteColumn: node.startByteColumn,
                                 endLine: node.endLine, definitionLines: 0)
                headings.append(Heading(level: node.headingLevel, text: "", id: "",
                                        location: location(line: node.startLine, byteColumn: node.startByteColumn, source: &source)))
                headingNodes.append(node)
                open.append(OpenNode(index: headings.count - 1))
            } else {
                leaf = nil
                guard let finished = open.popLast() else { return }
                let text = Self.trimmedText(finished.text)
                headings[finished.index].text = text
                headings[finished.index].id = slugs.unique(for: text)
            }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            if entering {
                var line = node.startLine
                var byteColumn = node.startByteColumn
                let wiki = wikiLinks.isEmpty ? nil : wikiLinks[node]
                if let wiki {
                    (line, byteColumn) = (wiki.line, wiki.byteColumn)
                } else if let leaf {
                    if line == 0 {
                        (line, byteColumn) = (leaf.startLine, leaf.startByteColumn)
                    } else {
                        let opener = node.type == CMARK_NODE_IMAGE ? Self.imageOpeners : Self.linkOpeners
                        (line, byteColumn) = source.inlineStart(line: line, byteColumn: byteColumn, in: leaf,
                                                                opener: opener)
                    }
                }
                links.append(LinkReference(destination: node.url, title: node.title, text: "",
                                           isImage: node.type == CMARK_NODE_IMAGE,
                                           location: location(line: line, byteColumn: byteColumn, source: &source),
                                           wiki: wiki?.syntax))
                linkNodes.append(node)
                open.append(OpenNode(index: links.count - 1))
            } else if let finished = open.popLast() {
                links[finished.index].text = String(decoding: finished.text, as: UTF8.self)
            }
        case CMARK_NODE_CODE_BLOCK:
            if findTables, node.fenceInfo == "tabell" {
                tabellBlocks.append((node, node.startLine,
                                     source.characterColumn(line: node.startLine, byteColumn: node.startByteColumn)))
            }
        default:
            break
        }
    }

    /// A heading's text without the spaces at its ends, as `String.trimmingSpaces` trims them.
    /// cmark hands over heading text already trimmed of spaces and tabs, so a text that starts and
    /// ends with a visible ASCII character (nearly all) becomes a `String` without the trimming walk.
    static func trimmedText(_ bytes: [UInt8]) -> String {
        // A grapheme cannot end in, or start with, a visible ASCII byte and still be whitespace.
        let visible: ClosedRange<UInt8> = 0x21...0x7E
        if let first = bytes.first, let last = bytes.last, visible.contains(first), visible.contains(last) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self).trimmingSpaces()
    }

    /// A paragraph as a `LeafBlock`. Reference definitions can only come first in a paragraph,
    /// and cmark leaves the paragraph's end line right, so a last inline node that ends earlier
    /// than the paragraph tells how many lines definitions took.
    static func leafBlock(_ paragraph: CMarkNode, source: SourceText) -> LeafBlock {
        var definitionLines = 0
        let first = source.lineBytes(paragraph.startLine).dropFirst(max(paragraph.startByteColumn - 1, 0))
        if first.first == UInt8(ascii: "["), let last = paragraph.lastChild, last.endLine > 0 {
            definitionLines = max(paragraph.endLine - last.endLine, 0)
        }
        return LeafBlock(startLine: paragraph.startLine, startByteColumn: paragraph.startByteColumn,
                         endLine: paragraph.endLine, definitionLines: definitionLines)
    }
}
