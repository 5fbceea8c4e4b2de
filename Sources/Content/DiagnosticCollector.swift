import SiteCore

/// Collects the diagnostics of one file, adding the file name and the offending source line.
struct DiagnosticCollector: Sendable {
    let file: String
    /// The file's text; cut into lines only when a diagnostic needs one (most pages have none).
    private var text: String?
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, text: String? = nil) {
        self.file = file
        self.text = text
    }

    /// Later diagnostics show lines of `text`.
    mutating func setText(_ text: String) {
        self.text = text
    }

    /// The file's text, if known.
    var sourceText: String? { text }

    /// Line `number` of the text, if known.
    func line(_ number: Int) -> String? {
        Self.line(number, of: text)
    }

    /// Line `number` of `text`, if known.
    static func line(_ number: Int, of text: String?) -> String? {
        guard let text, number >= 1 else { return nil }
        var current = 1
        var start = text.utf8.startIndex
        while current < number {
            guard let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = text.utf8.index(after: newline)
            current += 1
        }
        let end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.utf8.endIndex
        return String(text[start..<end])
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    mutating func error(_ rule: String, line: Int = 1, column: Int = 1, _ message: String, hint: String? = nil) {
        add(.error, rule, line: line, column: column, message, hint: hint)
    }

    mutating func warning(_ rule: String, line: Int = 1, column: Int = 1, _ message: String, hint: String? = nil) {
        add(.warning, rule, line: line, column: column, message, hint: hint)
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics += other
    }

    private mutating func add(
        _ severity: Severity, _ rule: String, line: Int, column: Int, _ message: String, hint: String?
    ) {
        let sourceLine = self.line(line)
        diagnostics.append(Diagnostic(
            severity, at: SourceLocation(file: file, line: line, column: column), rule: rule, message,
            hint: hint, sourceLine: sourceLine.flatMap { $0.isEmpty ? nil : $0 }))
    }
}
