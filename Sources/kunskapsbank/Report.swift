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
    if !result.acceptedFindings.isEmpty {
        print("godkänt med skäl i integritetskontrollen (\(result.acceptedFindings.count)):")
        for accepted in result.acceptedFindings { print("  " + accepted.formatted()) }
    }
    print(result.summaryLine())
    return result.succeeded ? 0 : 1
}
