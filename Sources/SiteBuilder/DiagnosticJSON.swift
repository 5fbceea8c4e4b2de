import Foundation
import SiteCore

/// Diagnostics as JSON for editors (`kunskapsbank check --format json`): an array of objects with
/// `file`, `line`, `column`, `severity` (`error` or `warning`), `rule`, `message` and `hint` (or null).
public enum DiagnosticJSON {
    struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let rule: String
        let message: String
        let hint: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(rule, forKey: .rule)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)  // null rather than absent: one shape for every entry
        }

        enum CodingKeys: String, CodingKey { case file, line, column, severity, rule, message, hint }
    }

    /// The JSON text of an array of diagnostics, keys sorted, one entry per diagnostic in the given order.
    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(diagnostics.map(entry)) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The same entries as `JSONSerialization` objects, for embedding in a larger document.
    public static func objects(_ diagnostics: [Diagnostic]) -> [[String: Any]] {
        diagnostics.map { diagnostic in
            [
                "file": diagnostic.location.file, "line": diagnostic.location.line, "column": diagnostic.location.column,
                "severity": diagnostic.severity.rawValue, "rule": diagnostic.rule, "message": diagnostic.message,
                "hint": diagnostic.hint.map { $0 as Any } ?? NSNull(),
            ]
        }
    }

    static func entry(_ diagnostic: Diagnostic) -> Entry {
        Entry(
            file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column,
            severity: diagnostic.severity.rawValue, rule: diagnostic.rule, message: diagnostic.message,
            hint: diagnostic.hint)
    }
}
