import ArgumentParser
import SiteBuilder

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger webbplatsen till utmappen. Den tidigare webbplatsen ersätts bara om bygget lyckas.")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Utmappen för den färdiga webbplatsen.")
    var output = "site"

    @Flag(name: .long, help: "Packa också webbplatsen som zip-fil för uppladdning (utmappen + .zip, till exempel site.zip).")
    var zip = false

    func run() async throws {
        var options = BuildOptions(
            contentFolder: source.content, outputFolder: output, themesFolder: source.themes,
            themeName: source.theme, parallel: !source.serial, writeOutput: true,
            protectedWordsFile: source.protectedWords,
            progress: TerminalProgress.handler(), archivePath: zip ? archivePath : nil)
        options.leavesMemoryToExit = true
        let result = await SiteBuilder.build(options)
        let status = report(result)
        if status != 0 { throw ExitCode(status) }
        if zip { print("zip: \(archivePath)") }
    }

    /// `site` → `site.zip`, beside the output folder (the folder itself is replaced on every build).
    private var archivePath: String {
        var folder = output
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder + ".zip"
    }
}
