import Foundation
import SiteBuilder
import SiteCore

/// Builds the bank into the preview's folder after each change and publishes the result.
///
/// Every change rebuilds the whole site for now (DRIVE builds in about 0.2 s); `changed` carries the
/// changed paths so that a later version can rebuild only the pages a change affects.
struct SiteRebuilder: Sendable {
    let options: BuildOptions
    let state: BuildState
    let log: @Sendable (String) -> Void

    func rebuild(changed: [String]) async {
        if !changed.isEmpty {
            let shown = changed.prefix(5).joined(separator: ", ") + (changed.count > 5 ? " (+\(changed.count - 5))" : "")
            log("ändrat: \(shown)")
        }
        let report = await SiteBuilder.build(options)
        var printer = DiagnosticPrinter()
        var lines = SourceLines()
        var diagnostics: [Diagnostic] = []
        for var diagnostic in report.diagnostics {
            log(printer.format(diagnostic))
            if diagnostic.sourceLine == nil { diagnostic.sourceLine = lines.line(diagnostic.location) }
            diagnostics.append(diagnostic)
        }
        let summary = report.summaryLine()
        log(summary)
        await state.publish(diagnostics: diagnostics, siteReady: report.wroteOutput, summary: summary)
    }
}

/// Source lines for the overlay, each file read once.
struct SourceLines {
    private var cache: [String: [Substring]] = [:]

    mutating func line(_ location: SourceLocation) -> String? {
        if cache[location.file] == nil {
            guard let data = FileManager.default.contents(atPath: location.file), data.count < 8 << 20 else { return nil }
            cache[location.file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1].trimmingCharacters(in: .whitespacesAndNewlines)
        return line.isEmpty ? nil : line
    }
}
