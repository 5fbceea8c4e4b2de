import CMark

/// The text of a cmark tree without markup.
enum PlainText {
    static func collect(from root: CMarkNode, tableText: [CMarkNode: String]) -> String {
        var out = ""
        func endBlock() {
            if let last = out.last, last != "\n" { out.append("\n") }
        }
        root.walk { node, entering in
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                out += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            case CMARK_NODE_CODE_BLOCK:
                endBlock()
                out += node.literal
                endBlock()
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
                endBlock()
            case CMARK_NODE_CUSTOM_BLOCK:
                endBlock()
                if entering, let text = tableText[node] {
                    out += text
                    endBlock()
                }
            default:
                if !node.isInline { endBlock() }
            }
        }
        while out.last == "\n" { out.removeLast() }
        return out
    }
}
