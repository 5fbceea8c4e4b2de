import CMark

/// Syntax of other Markdown tools that authors bring with their notes: Obsidian (callouts
/// `> [!note]`, tags `#tagg`, block ids `^abc123`), Hugo and docs-site shortcodes (`{{< ref >}}`,
/// `{{% notice %}}`) and MDX (`import`/`export` lines, `<Component />`). CommonMark reads all of it
/// as text or raw HTML, so the page still builds; each gets a warning at its line saying how to
/// write it for Kunskapsbank. (Embeds `![[…]]` and block references `[[Sida#^id]]` are wiki-link
/// syntax and are found by `WikiLinkTransform`.)
struct ForeignSyntax {
    private(set) var issues: [MarkdownIssue] = []
    /// Rule and block (or line) already reported, so a paragraph full of tags gives one warning.
    private var reported: Set<String> = []

    /// The lines of the block being walked, and the next place to look in them for a token.
    private var block: ClosedRange<Int>?
    private var cursor = (line: 0, byteColumn: 1)
    /// The bytes a check of text starts at, as a C string.
    private static let checkStarts = Array("{#<".utf8) + [0]

    init() {}

    /// Takes in one node of a depth-first walk (`CMarkNode.walk`) over a tree that does not change
    /// meanwhile; `MarkdownDocument` feeds the same walk to `DocumentOutline` and `PlainText`.
    mutating func visit(_ node: CMarkNode, entering: Bool, source: SourceText) {
        switch node.type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            guard entering else { block = nil; return }
            guard node.startLine > 0 else { return }
            block = node.startLine...max(node.endLine, node.startLine)
            cursor = (node.startLine, 1)
            if node.type == CMARK_NODE_PARAGRAPH { checkMDXStatement(node, source: source) }
            if node.type == CMARK_NODE_PARAGRAPH { checkBlockIDs(source: source) }
        case CMARK_NODE_BLOCK_QUOTE:
            if entering { checkCallout(node) }
        case CMARK_NODE_TEXT:
            // Every check starts at one of these bytes; most text has none.
            if node.literalContains(anyOf: Self.checkStarts) { checkText(node.literal, source: source) }
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
            let literal = node.literal
            if let name = Self.componentName(in: literal), isNew("markdown.mdx", line: node.startLine) {
                let place = node.type == CMARK_NODE_HTML_BLOCK
                    ? (line: node.startLine, byteColumn: node.startByteColumn) : locate(Array("<\(name)".utf8), source: source)
                mdxComponent(name, line: place.line, byteColumn: place.byteColumn)
            }
        default:
            break
        }
    }

    // MARK: - Checks

    private mutating func checkCallout(_ quote: CMarkNode) {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
            let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT
        else { return }
        let bytes = Array(first.literal.utf8)
        guard bytes.starts(with: Array("[!".utf8)), let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > 2,
            bytes[2..<close].allSatisfy({ Self.isWordByte($0) })
        else { return }
        let kind = String(decoding: bytes[2..<close], as: UTF8.self)
        guard isNew("markdown.obsidian-callout", line: quote.startLine) else { return }
        report(.init(
            severity: .warning, line: quote.startLine, column: quote.startByteColumn, rule: "markdown.obsidian-callout",
            message: "rutan > [!\(kind)] är Obsidian-syntax; citatet visas med [!\(kind)] som text",
            hint: "skriv ett vanligt citat som börjar med fetstil, till exempel > **Obs!** Texten …"))
    }

    private mutating func checkMDXStatement(_ paragraph: CMarkNode, source: SourceText) {
        let line = source.lineBytes(paragraph.startLine).dropFirst(max(paragraph.startByteColumn - 1, 0))
        guard line.first == UInt8(ascii: "i") || line.first == UInt8(ascii: "e") else { return }
        let text = String(decoding: line, as: UTF8.self)
        let isImport = text.hasPrefix("import ") && (text.contains(" from ") || text.contains("'") || text.contains("\""))
        let isExport = ["export const ", "export default ", "export function ", "export let "].contains { text.hasPrefix($0) }
        guard isImport || isExport, isNew("markdown.mdx") else { return }
        report(.init(
            severity: .warning, line: paragraph.startLine, column: paragraph.startByteColumn, rule: "markdown.mdx",
            message: "raden \(isImport ? "import" : "export") … är MDX (JavaScript) och visas som text",
            hint: "ta bort raden: Kunskapsbank läser Markdown (CommonMark), inte MDX; skriv innehållet som vanlig text, listor eller ett ```tabell-block"))
    }

    /// `^abc123` at the end of a paragraph line: an Obsidian block id.
    private mutating func checkBlockIDs(source: SourceText) {
        guard let block else { return }
        for line in block {
            var bytes = source.lineBytes(line)
            while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
            let id = bytes.reversed().prefix { Self.isWordByte($0) }
            guard !id.isEmpty, id.count <= 40 else { continue }
            let caret = bytes.index(bytes.endIndex, offsetBy: -id.count - 1, limitedBy: bytes.startIndex)
            guard let caret, bytes[caret] == UInt8(ascii: "^"),
                caret == bytes.startIndex || bytes[caret - 1] == UInt8(ascii: " ")
            else { continue }
            let name = String(decoding: id.reversed(), as: UTF8.self)
            guard isNew("markdown.obsidian-block", line: line) else { continue }
            report(.init(
                severity: .warning, line: line, column: caret - bytes.startIndex + 1, rule: "markdown.obsidian-block",
                message: "blockmärket ^\(name) är Obsidian-syntax och visas som text",
                hint: "ta bort märket och länka i stället till en rubrik, till exempel [[Sidans titel#Rubrik]]"))
        }
    }

    private mutating func checkText(_ literal: String, source: SourceText) {
        let bytes = Array(literal.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                bytes[index + 2] == UInt8(ascii: "<") || bytes[index + 2] == UInt8(ascii: "%"),
                isNew("markdown.shortcode")
            {
                let place = locate(Array(bytes[index..<(index + 3)]), source: source)
                report(.init(
                    severity: .warning, line: place.line, column: place.byteColumn, rule: "markdown.shortcode",
                    message: "kortkoden {{\(Character(Unicode.Scalar(bytes[index + 2]))) … }} (Hugo och liknande) förstås inte och visas som text",
                    hint: "skriv länkar som [[Sidans titel]] eller [text](../metoder/sida.md), och en notisruta som ett citat: > **Obs!** …"))
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#"), index == 0 || Self.isSpaceOrOpener(bytes[index - 1]),
                index + 1 < bytes.count, Self.startsWord(bytes, at: index + 1), isNew("markdown.obsidian-tag")
            {
                var end = index + 1
                while end < bytes.count, Self.isWordByte(bytes[end]) || bytes[end] >= 0x80 || bytes[end] == UInt8(ascii: "/") { end += 1 }
                let tag = Array(bytes[index..<end])
                let place = locate(tag, source: source)
                report(.init(
                    severity: .warning, line: place.line, column: place.byteColumn, rule: "markdown.obsidian-tag",
                    message: "taggen \(String(decoding: tag, as: UTF8.self)) är Obsidian-syntax och visas som text",
                    hint: "beskriv ämnet med ett fält i front matter, länka till begreppet med [[Begrepp]], eller skriv \\# om tecknet ska stå kvar"))
                index = end
                continue
            }
            if byte == UInt8(ascii: "<"),
                let name = Self.componentName(in: String(decoding: bytes[index..<min(index + 64, bytes.count)], as: UTF8.self)),
                isNew("markdown.mdx")
            {
                let place = locate(Array("<\(name)".utf8), source: source)
                mdxComponent(name, line: place.line, byteColumn: place.byteColumn)
                index += 1 + name.utf8.count
                continue
            }
            index += 1
        }
    }

    private mutating func mdxComponent(_ name: String, line: Int, byteColumn: Int) {
        report(.init(
            severity: .warning, line: line, column: byteColumn, rule: "markdown.mdx",
            message: "komponenten <\(name)> är MDX (JSX) och visas inte på sidan",
            hint: "skriv innehållet som Markdown: rubriker, listor, citat eller ett ```tabell-block"))
    }

    private mutating func report(_ issue: MarkdownIssue) {
        issues.append(issue)
    }

    /// Whether `rule` is still unreported for the current block (or for `line` when given).
    private mutating func isNew(_ rule: String, line: Int? = nil) -> Bool {
        reported.insert("\(rule):\(line ?? block?.lowerBound ?? 0)").inserted
    }

    // MARK: - Places

    /// Where `token` next occurs in the current block's source, searching from the cursor;
    /// the block's first line when the source does not show it (entities, escapes).
    private mutating func locate(_ token: [UInt8], source: SourceText) -> (line: Int, byteColumn: Int) {
        guard let block, !token.isEmpty else { return (cursor.line, 1) }
        for line in max(cursor.line, block.lowerBound)...block.upperBound {
            let bytes = Array(source.lineBytes(line))
            let start = line == cursor.line ? max(cursor.byteColumn - 1, 0) : 0
            guard bytes.count >= token.count, start <= bytes.count - token.count else { continue }
            for offset in start...(bytes.count - token.count) where bytes[offset..<(offset + token.count)].elementsEqual(token) {
                cursor = (line, offset + token.count + 1)
                return (line, offset + 1)
            }
        }
        return (block.lowerBound, 1)
    }

    // MARK: - Bytes

    /// `Component` in `<Component …` or `</Component>`: a tag name starting with a capital letter.
    static func componentName(in text: String) -> String? {
        var scalars = Substring(text).unicodeScalars.dropFirst(0)
        guard scalars.first == "<" else { return nil }
        scalars = scalars.dropFirst()
        if scalars.first == "/" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("A"..."Z").contains(first) else { return nil }
        let name = scalars.prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == ".") }
        let after = scalars.dropFirst(name.count).first
        guard after == nil || after == " " || after == ">" || after == "/" || after == "\n" else { return nil }
        return String(name)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// A tag starts with a letter (ASCII or not), so `#1` and `# ` are left alone.
    private static func startsWord(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte >= 0xC3
    }

    private static func isSpaceOrOpener(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "(")
    }
}
