import ArgumentParser
import Foundation
import SiteBuilder
import SiteCore

struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Mappen med bankens innehåll.")
    var content = "content"

    @Option(name: .long, help: "Mappen med teman.")
    var themes = "themes"

    @Option(name: .long, help: "Tema att använda (annars det som kunskapsbank.yml anger).")
    var theme: String?

    @Flag(name: .long, help: "Rendera sidorna en i taget i stället för på alla kärnor.")
    var serial = false
}

/// Prints every diagnostic and the summary; returns the exit status.
func report(_ result: BuildReport) -> Int32 {
    var printer = DiagnosticPrinter()
    for diagnostic in result.diagnostics {
        FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
    }
    print(result.summaryLine())
    return result.succeeded ? 0 : 1
}
