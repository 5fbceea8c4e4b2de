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

    private static let markdown = Pattern(#"<!--\s*integritet\s*:\s*ok(?![\p{L}\p{N}])([\s\S]*?)-->"#, caseInsensitive: true)
    private static let hash = Pattern(#"#[ \t]*integritet[ \t]*:[ \t]*ok(?![\p{L}\p{N}])([^\n]*)"#, caseInsensitive: true)

    static var patterns: [Pattern] { [markdown, hash] }

    static func find(in lines: TextLines, style: Style) -> [Acceptance] {
        let pattern: Pattern
        switch style {
        case .markdown: pattern = markdown
        case .hash: pattern = hash
        case .none: return []
        }
        return pattern.matches(in: lines.text).map { match in
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
