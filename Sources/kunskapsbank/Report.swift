import Foundation
import SiteBuilder
import SiteCore

/// Prints every diagnostic and the summary; returns the exit status.
func report(_ result: BuildReport) -> Int32 {
    TerminalProgress.clear()
    var printer = DiagnosticPrinter()
    for diagnostic in result.diagnostics {
        FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
    }
    print(result.summaryLine())
    return result.succeeded ? 0 : 1
}
