/// Rule 6: an author accepts a finding with an annotation that gives a reason, at the end of the
/// finding's line or alone on the line before — `<!-- integritet: ok – telefonnummer till kommunens växel -->` in
/// Markdown, `# integritet: ok – …` in YAML and CSV.
struct Acceptance: Sendable {
    enum Style: Sendable {
        /// An HTML comment, which cmark's safe mode leaves out of the page.
        case markdown
        /// A `#` comment line.
        case hash
        /// File names: nothing can be annotated.
        case none

        /// How to accept a finding in this kind of input, for hints.
        var hint: String {
            switch self {
            case .markdown: "skriv <!-- integritet: ok – skäl --> sist på raden eller ensam på raden före"
            case .hash: "skriv # integritet: ok – skäl ensam på raden före"
            case .none: "byt namn på filen"
            }
        }
    }

    /// 1-based lines of the scanned text where the annotation begins and ends.
    var firstLine: Int
    var lastLine: Int
    var column: Int
    /// Nil when the annotation gives none; it then accepts nothing.
    var reason: String?
    /// Alone on its lines it accepts the next line; after text, only its own line.
    var standsAlone: Bool

    /// Whether a finding on `line` is accepted: the annotation stands on it or just above it.
    func covers(line: Int) -> Bool {
        reason != nil && line >= firstLine && line <= lastLine + (standsAlone ? 1 : 0)
    }

    /// In front matter, a comment line right before a field covers the field's whole value, so a
    /// block of text (`uppfoljning: >-`) can be accepted without a comment inside it, where it
    /// would become part of the text.
    func coveringField(in lines: TextLines) -> Acceptance {
        guard lines.line(lastLine).drop(while: \.isWhitespace).first == "#",
            let key = lines.line(lastLine + 1).first, !key.isWhitespace, key != "#"
        else { return self }
        var end = lastLine + 1
        while end < lines.count, lines.line(end + 1).first.map({ $0.isWhitespace }) ?? true { end += 1 }
        var covering = self
        covering.lastLine = end - 1
        return covering
    }

    /// The annotation as regular expressions: the definition `scan` implements by hand (a
    /// differential test holds them equal); not used when building.
    static let markdownReference = Pattern(#"<!--\s*integritet\s*:\s*ok(?![\p{L}\p{N}])([\s\S]*?)-->"#, caseInsensitive: true)
    static let hashReference = Pattern(#"#[ \t]*integritet[ \t]*:[ \t]*ok(?![\p{L}\p{N}])([^\n]*)"#, caseInsensitive: true)

    static var patterns: [Pattern] { [markdownReference, hashReference] }

    /// The annotations in `text` as matches of `markdownReference` or `hashReference`; group 1 is
    /// what follows `ok`.
    static func scan(_ text: String, style: Style) -> [Pattern.Match] {
        let byteMatches: [(match: Range<Int>, group: Range<Int>)]
        switch style {
        case .markdown: byteMatches = UTF8Scan.withBytes(text, scanMarkdown)
        case .hash: byteMatches = UTF8Scan.withBytes(text, scanHash)
        case .none: return []
        }
        return byteMatches.compactMap { found in
            UTF8Scan.range(text, found.match.lowerBound, found.match.upperBound).map { range in
                Pattern.Match(range: range, groups: [UTF8Scan.range(text, found.group.lowerBound, found.group.upperBound)])
            }
        }
    }

    /// `<!--\s*integritet\s*:\s*ok(?![\p{L}\p{N}])([\s\S]*?)-->`, case-insensitive.
    private static func scanMarkdown(_ bytes: UnsafeBufferPointer<UInt8>) -> [(match: Range<Int>, group: Range<Int>)] {
        var found: [(match: Range<Int>, group: Range<Int>)] = []
        var start = 0
        while let open = nextByte(UInt8(ascii: "<"), from: start, in: bytes) {
            start = open + 1
            guard open + 4 <= bytes.count, bytes[open + 1] == UInt8(ascii: "!"), bytes[open + 2] == UInt8(ascii: "-"),
                bytes[open + 3] == UInt8(ascii: "-"),
                let word = UTF8Scan.matchWord("integritet", at: UTF8Scan.skipSpace(from: open + 4, in: bytes), in: bytes)
            else { continue }
            let colon = UTF8Scan.skipSpace(from: word, in: bytes)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":"),
                let ok = UTF8Scan.matchWord("ok", at: UTF8Scan.skipSpace(from: colon + 1, in: bytes), in: bytes),
                UTF8Scan.noLetterOrNumber(at: ok, in: bytes)
            else { continue }
            // No `-->` after this one means none after any later opening either.
            guard let close = nextCommentEnd(from: ok, in: bytes) else { break }
            found.append((open..<close + 3, ok..<close))
            start = close + 3
        }
        return found
    }

    /// `#[ \t]*integritet[ \t]*:[ \t]*ok(?![\p{L}\p{N}])([^\n]*)`, case-insensitive.
    private static func scanHash(_ bytes: UnsafeBufferPointer<UInt8>) -> [(match: Range<Int>, group: Range<Int>)] {
        var found: [(match: Range<Int>, group: Range<Int>)] = []
        var start = 0
        while let hash = nextByte(UInt8(ascii: "#"), from: start, in: bytes) {
            start = hash + 1
            guard let word = UTF8Scan.matchWord("integritet", at: UTF8Scan.skipBlanks(from: hash + 1, in: bytes), in: bytes)
            else { continue }
            let colon = UTF8Scan.skipBlanks(from: word, in: bytes)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":"),
                let ok = UTF8Scan.matchWord("ok", at: UTF8Scan.skipBlanks(from: colon + 1, in: bytes), in: bytes),
                UTF8Scan.noLetterOrNumber(at: ok, in: bytes)
            else { continue }
            let end = nextByte(UInt8(ascii: "\n"), from: ok, in: bytes) ?? bytes.count
            found.append((hash..<end, ok..<end))
            start = end
        }
        return found
    }

    private static func nextByte(_ byte: UInt8, from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func nextCommentEnd(from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset
        while let dash = nextByte(UInt8(ascii: "-"), from: index, in: bytes) {
            if dash + 2 < bytes.count, bytes[dash + 1] == UInt8(ascii: "-"), bytes[dash + 2] == UInt8(ascii: ">") { return dash }
            index = dash + 1
        }
        return nil
    }

    static func find(in lines: TextLines, style: Style) -> [Acceptance] {
        find(scan(lines.text, style: style), in: lines)
    }

    /// The annotations of `matches` (from `scan` over `lines.text`).
    static func find(_ matches: [Pattern.Match], in lines: TextLines) -> [Acceptance] {
        matches.map { match in
            let start = lines.position(of: match.range.lowerBound)
            let end = lines.position(of: match.range.upperBound)
            let written = match.groups[0].map { lines.text[$0] } ?? ""
            let reason = written
                .drop { $0.isWhitespace || $0 == "–" || $0 == "—" || $0 == "-" || $0 == ":" }
                .reversed().drop(while: \.isWhitespace).reversed()
            let before = lines.text[lines.range(ofLine: start.line).lowerBound..<match.range.lowerBound]
            let after = lines.text[match.range.upperBound..<lines.range(ofLine: end.line).upperBound]
            return Acceptance(
                firstLine: start.line, lastLine: end.line, column: start.column,
                reason: reason.contains(where: \.isLetter) ? String(reason) : nil,
                standsAlone: before.allSatisfy(\.isWhitespace) && after.allSatisfy(\.isWhitespace))
        }
    }
}
