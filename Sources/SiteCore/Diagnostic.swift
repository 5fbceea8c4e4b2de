/// How serious a problem is. Errors stop publishing; warnings are printed and the site is written.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning

    /// The word printed in compiler-style output (`fil:1:2: fel: …`).
    public var swedishLabel: String { self == .error ? "fel" : "varning" }

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem in the content, theme or configuration, in Swedish, at a place the user can open.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public var location: SourceLocation
    public var severity: Severity
    /// A short rule name (`front-matter.unknown-key`), stable for tests and for severity overrides.
    public var rule: String
    public var message: String
    public var hint: String?
    /// The offending source line, printed under the message when known.
    public var sourceLine: String?

    public init(
        _ severity: Severity, at location: SourceLocation, rule: String, _ message: String,
        hint: String? = nil, sourceLine: String? = nil
    ) {
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.message) < (b.location, b.severity, b.message)
    }

    /// Compiler form: `content/fall/fall-07.md:12:3: fel: … [link.broken]`, then the source line
    /// with a caret under the column, then the hint. The rule is named so `regler:` can change it.
    public func formatted() -> String {
        var text = "\(location): \(severity.swedishLabel): \(message) [\(rule)]"
        if let sourceLine {
            let shown = sourceLine.count > 160 ? String(sourceLine.prefix(160)) + "…" : sourceLine
            text += "\n    \(shown)"
            let caretColumn = min(location.column, shown.count + 1)
            let padding = shown.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n    \(padding)^"
        }
        if let hint { text += "\n    tips: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
