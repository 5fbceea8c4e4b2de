import Foundation
import SiteCore

/// Prints diagnostics in compiler form, adding the offending source line when the stage that found
/// the problem did not attach it (the file is read once, only when a diagnostic points into it).
public struct DiagnosticPrinter {
    private var linesByFile: [String: [Substring]] = [:]

    public init() {}

    public mutating func format(_ diagnostic: Diagnostic) -> String {
        var withLine = diagnostic
        if withLine.sourceLine == nil, let line = sourceLine(diagnostic.location) { withLine.sourceLine = line }
        return withLine.formatted()
    }

    private mutating func sourceLine(_ location: SourceLocation) -> String? {
        if linesByFile[location.file] == nil {
            guard let data = FileManager.default.contents(atPath: location.file), data.count < 64 << 20 else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            linesByFile[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = linesByFile[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
