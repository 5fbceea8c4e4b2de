import CMark

/// The text of a cmark tree without markup (raw HTML left out), one block a line, as UTF-8 bytes:
/// the search index folds them without making a `String` (cmark's literals are valid UTF-8, and so
/// are the tables' texts).
///
/// Fed one node at a time (`visit`): `MarkdownDocument` collects it in the walk that also finds the
/// outline, before ```` ```tabell ```` blocks become tables, so each such block leaves a place
/// (`leaveRoomForTable`) that `fillTables` fills with the table's text.
struct PlainText {
    private(set) var bytes: [UInt8] = []
    /// Where each table's text goes, in document order.
    private var tablePlaces: [Int] = []

    init() {}

    /// `expectedCount`: about as many bytes as the text will have (its source's), so that
    /// `bytes` need not grow step by step.
    init(expectedCount: Int) {
        bytes.reserveCapacity(expectedCount)
    }

    /// The text of `root`'s tree; `tableText` holds the text of the custom blocks that replaced
    /// ```` ```tabell ```` blocks.
    static func collect(from root: CMarkNode, tableText: [CMarkNode: String]) -> [UInt8] {
        var text = PlainText()
        root.walk { node, entering in
            if node.type == CMARK_NODE_CUSTOM_BLOCK {
                text.endBlock()
                if entering, let table = tableText[node] { text.appendBlock(Array(table.utf8)) }
            } else {
                text.visit(node, entering: entering)
            }
        }
        text.finish()
        return text.bytes
    }

    /// Takes in one node of a depth-first walk (`CMarkNode.walk`) over a tree that does not change meanwhile.
    mutating func visit(_ node: CMarkNode, entering: Bool) {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            node.withLiteralBytes { bytes.append(contentsOf: $0) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            bytes.append(UInt8(ascii: " "))
        case CMARK_NODE_CODE_BLOCK:
            endBlock()
            node.withLiteralBytes { bytes.append(contentsOf: $0) }
            endBlock()
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CUSTOM_BLOCK:
            endBlock()
        default:
            if !node.isInline { endBlock() }
        }
    }

    /// Stands for a ```` ```tabell ```` block (instead of `visit`): its table's text comes later.
    mutating func leaveRoomForTable() {
        endBlock()
        tablePlaces.append(bytes.count)
    }

    /// Puts the text of each table (in the order of `leaveRoomForTable`) in its place, as its own
    /// block, and drops the line ends at the end: the text `collect` gives for the tree with the tables.
    mutating func fillTables(_ texts: [[UInt8]]) {
        // From the last place back, so that the earlier places stay where they are.
        for (place, text) in zip(tablePlaces, texts).reversed() {
            // The place follows a line end (or nothing), so the text ends its block as `appendBlock` would.
            var block = text
            if let last = block.last, last != UInt8(ascii: "\n") { block.append(UInt8(ascii: "\n")) }
            bytes.insert(contentsOf: block, at: place)
        }
        tablePlaces = []
        finish()
    }

    private mutating func appendBlock(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        endBlock()
    }

    private mutating func endBlock() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    private mutating func finish() {
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    }
}
