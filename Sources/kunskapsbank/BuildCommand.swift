import ArgumentParser
import SiteBuilder

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
            themeName: source.theme, parallel: !source.serial, writeOutput: true,
            protectedWordsFile: source.protectedWords,
            progress: TerminalProgress.handler())
        let status = report(await SiteBuilder.build(options))
        if status != 0 { throw ExitCode(status) }
    }
}
