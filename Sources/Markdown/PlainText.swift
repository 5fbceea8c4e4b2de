import CMark

/// The text of a cmark tree without markup.
enum PlainText {
    /// As UTF-8 bytes: the search index folds them without making a `String` (cmark's literals
    /// are valid UTF-8, and so are the tables' texts).
    static func collect(from root: CMarkNode, tableText: [CMarkNode: String]) -> [UInt8] {
        var out: [UInt8] = []
        func endBlock() {
            if let last = out.last, last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        }
        root.walk { node, entering in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                node.withLiteralBytes { out.append(contentsOf: $0) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out.append(UInt8(ascii: " "))
            case CMARK_NODE_CODE_BLOCK:
                endBlock()
                node.withLiteralBytes { out.append(contentsOf: $0) }
                endBlock()
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
                endBlock()
            case CMARK_NODE_CUSTOM_BLOCK:
                endBlock()
                if entering, let text = tableText[node] {
                    out.append(contentsOf: text.utf8)
                    endBlock()
                }
            default:
                if !node.isInline { endBlock() }
            }
        }
        while out.last == UInt8(ascii: "\n") { out.removeLast() }
        return out
    }
}
