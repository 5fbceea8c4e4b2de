import CMark
import SiteCore

/// What one walk over a freshly parsed tree finds: headings, links and images with their nodes,
/// the ```` ```tabell ```` blocks to replace, and pipe-table paragraphs to warn about.
struct DocumentOutline {
    var headings: [Heading] = []
    var headingNodes: [CMarkNode] = []
    var links: [LinkReference] = []
    var linkNodes: [CMarkNode] = []
    var tabellBlocks: [(node: CMarkNode, line: Int, column: Int)] = []
    var issues: [MarkdownIssue] = []

    /// A heading or link whose text is being collected; `index` points into `headings` or `links`.
    private struct OpenNode {
        var index: Int
        var text = ""
    }

    init() {}

    init(
        root: CMarkNode, source: inout SourceText, file: String, lineOffset: Int, findTables: Bool,
        wikiLinks: [CMarkNode: WikiLinkTransform.Made] = [:], leaves: [CMarkNode: LeafBlock] = [:]
    ) {
        var open: [OpenNode] = []
        var slugs = SlugRegistry()
        // The paragraph or heading being walked; cmark's inline positions are relative to it.
        var leaf: LeafBlock?
        let linkOpeners: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "<")]
        let imageOpeners: Set<UInt8> = [UInt8(ascii: "!")]

        func location(line: Int, byteColumn: Int) -> SourceLocation {
            SourceLocation(file: file, line: line + lineOffset,
                           column: source.characterColumn(line: line, byteColumn: byteColumn))
        }

        root.walk { node, entering in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard !open.isEmpty else { return }
                let literal = node.literal
                for index in open.indices { open[index].text += literal }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                for index in open.indices { open[index].text += " " }
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
                                            location: location(line: node.startLine, byteColumn: node.startByteColumn)))
                    headingNodes.append(node)
                    open.append(OpenNode(index: headings.count - 1))
                } else {
                    leaf = nil
                    guard let finished = open.popLast() else { return }
                    let text = finished.text.trimmingSpaces()
                    headings[finished.index].text = text
                    headings[finished.index].id = slugs.unique(for: text)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering {
                    var line = node.startLine
                    var byteColumn = node.startByteColumn
                    let wiki = wikiLinks[node]
                    if let wiki {
                        (line, byteColumn) = (wiki.line, wiki.byteColumn)
                    } else if let leaf {
                        if line == 0 {
                            (line, byteColumn) = (leaf.startLine, leaf.startByteColumn)
                        } else {
                            let opener = node.type == CMARK_NODE_IMAGE ? imageOpeners : linkOpeners
                            (line, byteColumn) = source.inlineStart(line: line, byteColumn: byteColumn, in: leaf,
                                                                    opener: opener)
                        }
                    }
                    links.append(LinkReference(destination: node.url, title: node.title, text: "",
                                               isImage: node.type == CMARK_NODE_IMAGE,
                                               location: location(line: line, byteColumn: byteColumn),
                                               wiki: wiki?.syntax))
                    linkNodes.append(node)
                    open.append(OpenNode(index: links.count - 1))
                } else if let finished = open.popLast() {
                    links[finished.index].text = finished.text
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
