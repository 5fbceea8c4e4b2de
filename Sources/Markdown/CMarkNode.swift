import CMark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A borrowed view of one node of a cmark tree. The tree's owner (`MarkdownDocument`) keeps it
/// alive; this type never frees anything and never leaves the target.
struct CMarkNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var parent: CMarkNode? { cmark_node_parent(pointer).map(CMarkNode.init) }
    var lastChild: CMarkNode? { cmark_node_last_child(pointer).map(CMarkNode.init) }
    var firstChild: CMarkNode? { cmark_node_first_child(pointer).map(CMarkNode.init) }
    var next: CMarkNode? { cmark_node_next(pointer).map(CMarkNode.init) }

    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    /// The literal's UTF-8 bytes without making a `String` (cmark's input, and so each literal, is
    /// valid UTF-8: the parser replaces invalid sequences).
    func withLiteralBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let literal = cmark_node_get_literal(pointer) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = strlen(literal)
        return literal.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }

    /// Whether the literal holds any of the ASCII characters in `set` (a C string: NUL-terminated
    /// UTF-8): glibc's `strpbrk`, vectorised, on cmark's own C string (no length taken, nothing
    /// copied). A `String` passed to C would be copied into a new array on every call.
    func literalContains(anyOf set: [UInt8]) -> Bool {
        guard let literal = cmark_node_get_literal(pointer), set.last == 0 else { return false }
        return set.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.map { strpbrk(literal, $0) != nil } ?? false
            }
        }
    }

    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// cmark's 1-based line; 0 means unknown (soft and hard breaks).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    /// cmark's 1-based column in UTF-8 bytes; 0 means unknown.
    var startByteColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    /// cmark's 1-based column of the node's last byte; 0 means unknown.
    var endByteColumn: Int { Int(cmark_node_get_end_column(pointer)) }

    var isInline: Bool {
        let raw = type.rawValue
        return raw >= CMARK_NODE_FIRST_INLINE.rawValue && raw <= CMARK_NODE_LAST_INLINE.rawValue
    }

    func setURL(_ url: String) { cmark_node_set_url(pointer, url) }
    func setLiteral(_ text: String) { cmark_node_set_literal(pointer, text) }

    /// A new, unattached node of `type`; nil only if cmark cannot allocate.
    static func make(_ type: cmark_node_type) -> CMarkNode? { cmark_node_new(type).map(CMarkNode.init) }

    /// Takes `self` (with its subtree) out of the tree without freeing it.
    func unlink() { cmark_node_unlink(pointer) }

    /// Puts `node` right before `self`; false if cmark refuses (the node is then still the caller's).
    @discardableResult
    func insertBefore(_ node: CMarkNode) -> Bool { cmark_node_insert_before(pointer, node.pointer) != 0 }

    @discardableResult
    func appendChild(_ node: CMarkNode) -> Bool { cmark_node_append_child(pointer, node.pointer) != 0 }

    /// Visits every node under (and including) `self` once, depth first. Leaf nodes get only an
    /// entering visit. The tree must not be changed during the walk.
    func walk(_ visit: (CMarkNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(CMarkNode(node), event == CMARK_EVENT_ENTER)
        }
    }

    /// Makes a custom node that prints `onEnter` and `onExit` verbatim, also in safe mode: callers
    /// pass only markup they built from escaped text. Returns nil if cmark cannot allocate.
    static func makeCustom(_ type: cmark_node_type, onEnter: String, onExit: String) -> CMarkNode? {
        guard let pointer = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(pointer, onEnter)
        cmark_node_set_on_exit(pointer, onExit)
        return CMarkNode(pointer)
    }

    /// `makeCustom` with `onEnter` and `onExit` as C strings (NUL-terminated UTF-8; nil if one is
    /// not): no `String` to copy into a new C array for each, as Swift does when it hands a
    /// `String` to C. Every heading and every link gets such nodes.
    static func makeCustom(_ type: cmark_node_type, onEnterCString onEnter: [UInt8], onExitCString onExit: [UInt8]) -> CMarkNode? {
        guard onEnter.last == 0, onExit.last == 0, let pointer = cmark_node_new(type) else { return nil }
        onEnter.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(pointer, $0.baseAddress) }
        }
        onExit.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_exit(pointer, $0.baseAddress) }
        }
        return CMarkNode(pointer)
    }

    /// Puts `replacement` where `self` is and frees `self` with its subtree; on failure frees
    /// `replacement` instead, leaving the tree as it was.
    func replace(with replacement: CMarkNode) {
        if cmark_node_replace(pointer, replacement.pointer) != 0 {
            cmark_node_free(pointer)
        } else {
            cmark_node_free(replacement.pointer)
        }
    }

    /// Moves every child of `self`, in order, to the end of `target`.
    func moveChildren(to target: CMarkNode) {
        while let child = cmark_node_first_child(pointer) {
            guard cmark_node_append_child(target.pointer, child) != 0 else { return }
        }
    }

    /// The tree under `self` as HTML, as UTF-8 bytes (cmark's output is valid UTF-8: its input is).
    func renderHTMLBytes(options: Int32) -> [UInt8] {
        guard let buffer = cmark_render_html(pointer, options) else { return [] }
        defer { free(buffer) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: strlen(buffer)) { Array(UnsafeBufferPointer(start: $0, count: strlen(buffer))) }
    }

    /// The tree under `self` as HTML.
    func renderHTML(options: Int32) -> String {
        guard let buffer = cmark_render_html(pointer, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Parses `bytes` as CommonMark; nil only if cmark cannot allocate.
    static func parse(_ bytes: [UInt8], options: Int32) -> CMarkNode? {
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(base, chars.count, options)
            }
        }
        return root.map(CMarkNode.init)
    }

    static func makeDocument() -> CMarkNode? { cmark_node_new(CMARK_NODE_DOCUMENT).map(CMarkNode.init) }

    func freeTree() { cmark_node_free(pointer) }
}
