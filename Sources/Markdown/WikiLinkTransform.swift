import CMark
#if canImport(Glibc)
import Glibc
#endif

/// Turns `[[…]]` in a parsed tree into link nodes, on cmark's inlines rather than on the text, so
/// code spans and code blocks keep the syntax literally and link text is never re-parsed.
///
/// cmark merges adjacent text (escaped brackets included) into one text node, so escapes are read
/// back from the source: a text node's source slice is found (cmark's columns drift on later lines
/// of a block, see `SourceText.inlineStart`) and its brackets are matched to the literal's. A
/// reference definition `[foo]: …` makes `[[Foo]]` parse as `[` + link + `]`; such a shortcut link
/// between two brackets counts as the text `[Foo]`.
struct WikiLinkTransform {
    /// A wiki link node made by the transform, with the place of its first `[` in cmark's terms.
    struct Made {
        var syntax: WikiLinkSyntax
        var line: Int
        var byteColumn: Int
    }

    private(set) var made: [CMarkNode: Made] = [:]
    private(set) var issues: [MarkdownIssue] = []
    /// Leaf blocks measured before the tree changed (a rebuilt last node loses its position).
    private(set) var leaves: [CMarkNode: LeafBlock] = [:]

    /// One character of a run of inline nodes, with whether a backslash escaped it and where it is.
    private struct Unit {
        var byte: UInt8
        var escaped = false
        var line = 0
        var byteColumn = 0
    }

    private enum Item {
        case text(CMarkNode)
        case softBreak(CMarkNode)
        /// A shortcut reference link standing for `[label]`.
        case shortcut(CMarkNode)

        var node: CMarkNode {
            switch self {
            case .text(let node), .softBreak(let node), .shortcut(let node): node
            }
        }
    }

    private static let open = UInt8(ascii: "["), close = UInt8(ascii: "]")

    /// Whether the transform can find anything in a page with this source: every wiki link,
    /// embed, block reference and unclosed `[[` it reports starts with two adjacent `[` in the
    /// text, which come from `[[` in the source or from character references (`&#91;`, `&lsqb;`).
    /// Nothing else cmark drops between two brackets (a comment, a break, emphasis) joins them.
    static func mayFind(in source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, 0x26, bytes.count) != nil { return true }  // &
            var index = 0
            while index < bytes.count, let found = memchr(base + index, 0x5B, bytes.count - index) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 1 < bytes.count, bytes[at + 1] == open { return true }
                index = at + 1
            }
            return false
        }
    }

    init(root: CMarkNode, source: inout SourceText) {
        var parents: [(CMarkNode, LeafBlock)] = []
        var leaf: LeafBlock?
        var linkDepth = 0
        var leaves: [CMarkNode: LeafBlock] = [:]
        root.walk { node, entering in
            switch node.type {
            case CMARK_NODE_PARAGRAPH:
                leaf = entering ? DocumentOutline.leafBlock(node, source: source) : nil
                if entering, let leaf {
                    leaves[node] = leaf
                    parents.append((node, leaf))
                }
            case CMARK_NODE_HEADING:
                leaf = entering ? LeafBlock(startLine: node.startLine, startByteColumn: node.startByteColumn,
                                            endLine: node.endLine, definitionLines: 0) : nil
                if entering, let leaf { parents.append((node, leaf)) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                linkDepth += entering ? 1 : -1
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                if entering, linkDepth == 0, let leaf { parents.append((node, leaf)) }
            default: break
            }
        }
        self.leaves = leaves
        for (parent, leaf) in parents { transformChildren(of: parent, leaf: leaf, source: &source) }
    }

    private mutating func transformChildren(of parent: CMarkNode, leaf: LeafBlock, source: inout SourceText) {
        var run: [Item] = []
        var child = parent.firstChild
        while let node = child {
            child = node.next
            switch node.type {
            case CMARK_NODE_TEXT: run.append(.text(node))
            case CMARK_NODE_SOFTBREAK: run.append(.softBreak(node))
            case CMARK_NODE_LINK where isShortcut(node, after: run.last):
                run.append(.shortcut(node))
            default:
                transformRun(run, parent: parent, leaf: leaf, source: &source)
                run = []
            }
        }
        transformRun(run, parent: parent, leaf: leaf, source: &source)
    }

    /// `[` + `[Foo]` + `]` where `[Foo]` is a one-line shortcut reference link with plain text.
    private func isShortcut(_ link: CMarkNode, after previous: Item?) -> Bool {
        guard case .text(let before)? = previous, before.literal.utf8.last == Self.open,
            let next = link.next, next.type == CMARK_NODE_TEXT, next.literal.utf8.first == Self.close,
            let text = link.firstChild, text.next == nil, text.type == CMARK_NODE_TEXT,
            link.startLine > 0, link.startLine == link.endLine
        else { return false }
        return link.endByteColumn - link.startByteColumn + 1 == text.literal.utf8.count + 2
    }

    private mutating func transformRun(_ run: [Item], parent: CMarkNode, leaf: LeafBlock, source: inout SourceText) {
        // A wiki link (or an unclosed one) needs two `[`; most runs of prose have none, and
        // measuring their source byte by byte cost twice cmark's own parse.
        var brackets = 0
        for item in run where brackets < 2 {
            switch item {
            case .text(let node): brackets += node.withLiteralBytes { $0.count { $0 == Self.open } }
            case .shortcut: brackets += 2
            case .softBreak: break
            }
        }
        guard brackets >= 2 else { return }
        var units: [Unit] = []
        var owner: [Int] = []
        for (index, item) in run.enumerated() {
            let added: [Unit]
            switch item {
            case .text(let node): added = Self.units(of: node, leaf: leaf, source: source)
            case .softBreak: added = [Unit(byte: UInt8(ascii: " "))]
            case .shortcut(let node):
                let label = node.firstChild?.literal ?? ""
                added = [Unit(byte: Self.open, line: node.startLine, byteColumn: node.startByteColumn)]
                    + label.utf8.map { Unit(byte: $0) }
                    + [Unit(byte: Self.close, line: node.startLine, byteColumn: node.endByteColumn)]
            }
            units += added
            owner += Array(repeating: index, count: added.count)
        }
        let matches = findLinks(in: units)
        guard !matches.isEmpty else { return }
        rebuild(run, units: units, owner: owner, matches: matches, parent: parent)
    }

    /// Ranges of `units` from `[[` to `]]` inclusive, with their syntax; unclosed openers become issues.
    private mutating func findLinks(in units: [Unit]) -> [(range: Range<Int>, syntax: WikiLinkSyntax)] {
        func isBracket(_ index: Int, _ byte: UInt8) -> Bool {
            index < units.count && units[index].byte == byte && !units[index].escaped
        }
        var found: [(Range<Int>, WikiLinkSyntax)] = []
        var index = 0
        scan: while index + 1 < units.count {
            guard isBracket(index, Self.open), isBracket(index + 1, Self.open) else {
                index += 1
                continue
            }
            var end = index + 2
            while end < units.count {
                if isBracket(end, Self.close), isBracket(end + 1, Self.close) {
                    let inner = String(decoding: units[(index + 2)..<end].map(\.byte), as: UTF8.self)
                    if index > 0, units[index - 1].byte == UInt8(ascii: "!"), !units[index - 1].escaped {
                        embed(inner, at: units[index - 1])
                    } else if var syntax = WikiLinkSyntax(inner: inner) {
                        if let heading = syntax.heading, heading.hasPrefix("^") {
                            blockReference(heading, at: units[index])
                            syntax.heading = nil
                            if syntax.page.isEmpty { index = end + 2; continue scan }
                        }
                        found.append(((index..<(end + 2)), syntax))
                    }
                    index = end + 2
                    continue scan
                }
                if isBracket(end, Self.open) || isBracket(end, Self.close) { break }
                end += 1
            }
            if end >= units.count || (isBracket(end, Self.open) && isBracket(end + 1, Self.open)) {
                let unit = units[index]
                issues.append(MarkdownIssue(
                    severity: .warning, line: unit.line, column: unit.byteColumn, rule: "link.wiki-unclosed",
                    message: "wikilänken saknar ]]: texten visas som den står",
                    hint: "skriv hela länken på en rad som [[Sidans titel]], eller skriv \\[[ om hakparenteserna ska synas"))
            }
            index = end > index + 2 ? end : index + 1
        }
        return found
    }

    /// `![[bild.png]]` or `![[Sida]]`: an Obsidian embed stays as text (a link would lead nowhere
    /// for a picture, and nothing here can place one page inside another).
    private mutating func embed(_ written: String, at unit: Unit) {
        let inner = written.count > 60 ? written.prefix(60) + "…" : written
        issues.append(MarkdownIssue(
            severity: .warning, line: unit.line, column: unit.byteColumn, rule: "markdown.obsidian-embed",
            message: "inbäddningen ![[\(inner)]] är Obsidian-syntax och visas som text",
            hint: "visa en bild med ![beskrivning](../bilder/bild.png), eller länka till sidan med [[\(inner)]]"))
    }

    /// `[[Sida#^abc123]]`: an Obsidian block reference; the link leads to the page.
    private mutating func blockReference(_ heading: String, at unit: Unit) {
        issues.append(MarkdownIssue(
            severity: .warning, line: unit.line, column: unit.byteColumn, rule: "markdown.obsidian-block",
            message: "blockreferensen #\(heading) är Obsidian-syntax; länken går till sidans början",
            hint: "länka till en rubrik i stället: [[Sidans titel#Rubrik]]"))
    }

    /// Replaces the run's nodes by text, soft breaks, kept shortcut links and the new wiki links.
    private mutating func rebuild(
        _ run: [Item], units: [Unit], owner: [Int], matches: [(range: Range<Int>, syntax: WikiLinkSyntax)],
        parent: CMarkNode
    ) {
        var replacement: [CMarkNode] = []
        var kept: Set<CMarkNode> = []
        var pending: [UInt8] = []
        func flushText() {
            guard !pending.isEmpty, let text = CMarkNode.make(CMARK_NODE_TEXT) else { return }
            text.setLiteral(String(decoding: pending, as: UTF8.self))
            replacement.append(text)
            pending = []
        }
        var index = 0
        var nextMatch = 0
        while index < units.count {
            if nextMatch < matches.count, matches[nextMatch].range.lowerBound == index {
                let (range, syntax) = matches[nextMatch]
                flushText()
                if let link = Self.makeLink(syntax) {
                    replacement.append(link)
                    made[link] = Made(syntax: syntax, line: units[index].line, byteColumn: units[index].byteColumn)
                }
                index = range.upperBound
                nextMatch += 1
                continue
            }
            switch run[owner[index]] {
            case .text: pending.append(units[index].byte)
            case .softBreak(let node):
                flushText()
                kept.insert(node)
                replacement.append(node)
            case .shortcut(let node):
                // Unmatched: keep cmark's link node as it is, once.
                if index == 0 || owner[index - 1] != owner[index] {
                    flushText()
                    kept.insert(node)
                    replacement.append(node)
                }
            }
            index += 1
        }
        flushText()
        let anchor = run.last?.node.next
        for item in run { item.node.unlink() }
        for node in replacement {
            let placed = anchor.map { $0.insertBefore(node) } ?? parent.appendChild(node)
            if !placed, !kept.contains(node) { node.freeTree() }
        }
        for item in run where !kept.contains(item.node) { item.node.freeTree() }
    }

    private static func makeLink(_ syntax: WikiLinkSyntax) -> CMarkNode? {
        guard let link = CMarkNode.make(CMARK_NODE_LINK) else { return nil }
        guard let text = CMarkNode.make(CMARK_NODE_TEXT) else {
            link.freeTree()
            return nil
        }
        text.setLiteral(syntax.provisionalText)
        link.setURL(syntax.target)
        guard link.appendChild(text) else {
            text.freeTree()
            link.freeTree()
            return nil
        }
        return link
    }

    /// The node's literal as units, with escapes and places read from its source slice when found.
    private static func units(of node: CMarkNode, leaf: LeafBlock, source: SourceText) -> [Unit] {
        let literal = Array(node.literal.utf8)
        let plain = literal.map { Unit(byte: $0, line: node.startLine, byteColumn: node.startByteColumn) }
        guard node.startLine > 0, node.startLine == node.endLine, literal.contains(where: { $0 == open || $0 == close })
        else { return plain }
        let width = node.endByteColumn - node.startByteColumn + 1
        guard width > 0 else { return plain }
        let offset = max(node.startByteColumn - leaf.startByteColumn, 0)
        var lines = [node.startLine]
        if leaf.definitionLines > 0 { lines.insert(node.startLine + leaf.definitionLines, at: 0) }
        for line in lines {
            let columns = line == leaf.startLine
                ? [node.startByteColumn] : [node.startByteColumn, source.contentStartByteColumn(line: line) + offset]
            for column in columns {
                let bytes = source.lineBytes(line)
                let start = bytes.startIndex + column - 1
                guard column >= 1, start + width <= bytes.endIndex else { continue }
                if let units = decode(bytes[start..<(start + width)], line: line, column: column, matching: literal) {
                    return units
                }
            }
        }
        return plain
    }

    /// Undoes backslash escapes in `raw`; nil unless the result is `literal` (or, when entities
    /// make that unknowable, has the same brackets in the same order).
    private static func decode(_ raw: ArraySlice<UInt8>, line: Int, column: Int, matching literal: [UInt8]) -> [Unit]? {
        var decoded: [Unit] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            let rawColumn = column + (index - raw.startIndex)
            if byte == UInt8(ascii: "\\"), index + 1 < raw.endIndex, isASCIIPunctuation(raw[index + 1]) {
                decoded.append(Unit(byte: raw[index + 1], escaped: true, line: line, byteColumn: rawColumn))
                index += 2
            } else {
                decoded.append(Unit(byte: byte, line: line, byteColumn: rawColumn))
                index += 1
            }
        }
        if decoded.map(\.byte) == literal { return decoded }
        guard raw.contains(UInt8(ascii: "&")) else { return nil }
        let isBracket: (UInt8) -> Bool = { $0 == open || $0 == close }
        let rawBrackets = decoded.filter { isBracket($0.byte) }
        guard rawBrackets.map(\.byte) == literal.filter(isBracket) else { return nil }
        // Entities change lengths: keep the literal's bytes and give each bracket its source unit.
        var next = rawBrackets.makeIterator()
        return literal.map { byte in isBracket(byte) ? next.next() ?? Unit(byte: byte) : Unit(byte: byte, line: line, byteColumn: column) }
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
