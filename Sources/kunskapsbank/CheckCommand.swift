import ArgumentParser
import Foundation
import SiteBuilder

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar innehållet som vid ett bygge men skriver ingenting. Avslutar med 1 vid fel.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp(
        "text: som kompilatorn (fil:rad:kolumn); json: en lista för redigerare med file, line, column, severity, rule, message och hint.",
        valueName: "format"))
    var format: Format = .text

    func run() async throws {
        var options = BuildOptions(
            contentFolder: source.content, themesFolder: source.themes, themeName: source.theme,
            parallel: !source.serial, writeOutput: false,
            protectedWordsFile: source.protectedWords)
        options.leavesMemoryToExit = true
        let status: Int32
        switch format {
        case .text:
            options.progress = TerminalProgress.handler()
            status = report(await SiteBuilder.build(options))
        case .json:
            // Standard output holds only the JSON; the summary goes to standard error.
            let result = await SiteBuilder.build(options)
            FileHandle.standardOutput.write(Data((DiagnosticJSON.encode(result.diagnostics) + "\n").utf8))
            FileHandle.standardError.write(Data((result.summaryLine() + "\n").utf8))
            status = result.succeeded ? 0 : 1
        }
        if status != 0 { throw ExitCode(status) }
    }
}
