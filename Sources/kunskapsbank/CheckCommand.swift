import ArgumentParser
import SiteBuilder

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar innehållet som vid ett bygge men skriver ingenting. Avslutar med 1 vid fel.")

    @OptionGroup var source: SourceOptions

    func run() async throws {
        let options = BuildOptions(
            contentFolder: source.content, themesFolder: source.themes, themeName: source.theme,
            parallel: !source.serial, writeOutput: false,
            protectedWordsFile: source.protectedWords)
        let status = report(await SiteBuilder.build(options))
        if status != 0 { throw ExitCode(status) }
    }
}
