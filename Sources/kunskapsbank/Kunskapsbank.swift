import ArgumentParser
import Foundation
import SiteBuilder
import SiteCore

/// The command line: parses arguments, runs the pipeline, prints diagnostics in compiler form and
/// sets the exit status (0 clean, 1 content errors, 2 wrong usage).
@main
struct Kunskapsbank: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunskapsbank",
        abstract: "Bygger en gemensam kunskapsbank (statisk webbplats) från en mapp med Markdown.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)

    /// Usage errors exit with 2 (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

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

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger webbplatsen till utmappen. Den tidigare webbplatsen ersätts bara om bygget lyckas.")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Utmappen för den färdiga webbplatsen.")
    var output = "site"

    func run() async throws {
        let options = BuildOptions(
            contentFolder: source.content, outputFolder: output, themesFolder: source.themes,
            themeName: source.theme, parallel: !source.serial, writeOutput: true)
        let status = report(await SiteBuilder.build(options))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar innehållet som vid ett bygge men skriver ingenting. Avslutar med 1 vid fel.")

    @OptionGroup var source: SourceOptions

    func run() async throws {
        let options = BuildOptions(
            contentFolder: source.content, themesFolder: source.themes, themeName: source.theme,
            parallel: !source.serial, writeOutput: false)
        let status = report(await SiteBuilder.build(options))
        if status != 0 { throw ExitCode(status) }
    }
}
