import SiteCore

/// Collects the diagnostics of one file, adding the file name and the offending source line.
struct DiagnosticCollector: Sendable {
    let file: String
    private var lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, text: String? = nil) {
        self.file = file
        self.lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
    }

    /// Later diagnostics show lines of `text`.
    mutating func setText(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line `number` of the text, if known.
    func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? String(lines[number - 1]) : nil
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
