import CMark

/// Gives a heading its `id` without losing cmark's rendering of its content.
///
/// cmark's HTML renderer has no attributes for headings, so the heading is replaced by a custom
/// block (which may contain any node) holding one custom inline that prints `<h2 id="…">` and
/// `</h2>` around the heading's own inline nodes. The block prints nothing itself, only the line
/// breaks a heading gets, so the output is exactly `<h2 id="syfte">content</h2>\n` and the content
/// is still rendered, escaped and made safe by cmark.
enum HeadingAnchor {
    /// - Parameter id: a slug (only `a-z`, `0-9` and `-`), so it is safe to print verbatim.
    static func attach(id: String, level: Int, to heading: CMarkNode) {
        guard (1...6).contains(level),
            let block = CMarkNode.makeCustom(CMARK_NODE_CUSTOM_BLOCK, onEnterCString: empty, onExitCString: empty)
        else { return }
        var opening = openings[level]
        opening.append(contentsOf: id.utf8)
        opening.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ">"), 0])
        guard let tag = CMarkNode.makeCustom(CMARK_NODE_CUSTOM_INLINE, onEnterCString: opening, onExitCString: closings[level])
        else {
            block.freeTree()
            return
        }
        guard cmark_node_append_child(block.pointer, tag.pointer) != 0 else {
            tag.freeTree()
            block.freeTree()
            return
        }
        heading.moveChildren(to: tag)
        heading.replace(with: block)
    }

    /// `<hN id="` and `</hN>` (a C string) by level; index 0 is unused. The tags are built as C
    /// strings, not interpolated into a `String` that Swift would copy again to hand it to cmark.
    private static let openings = (0...6).map { Array("<h\($0) id=\"".utf8) }
    private static let closings = (0...6).map { Array("</h\($0)>".utf8) + [0] }
    private static let empty: [UInt8] = [0]
}
