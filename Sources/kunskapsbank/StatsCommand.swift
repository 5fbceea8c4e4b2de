import ArgumentParser
import Foundation
import SiteBuilder
import Statistics

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Skriver statistiktabellerna (samma skyddade tal som på webbplatsen) i terminalen.")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Visa bara sidan med den här adressen, t.ex. statistik/projekt/drive.")
    var sida: String?

    func run() async throws {
        let (statistics, diagnostics) = SiteBuilder.statistics(contentFolder: source.content)
        for diagnostic in diagnostics { FileHandle.standardError.write(Data((diagnostic.formatted() + "\n").utf8)) }
        guard let statistics else {
            FileHandle.standardError.write(Data("ingen statistik: kunskapsbank.yml saknar avsnittet statistik: eller har fel\n".utf8))
            throw ExitCode(1)
        }
        let wanted = sida.map { $0.split(separator: "/").map(String.init) }
        let pages = statistics.pages.filter { wanted == nil || $0.segments == wanted }
        if pages.isEmpty {
            FileHandle.standardError.write(Data("ingen statistiksida heter \(sida ?? "")\n".utf8))
            throw ExitCode(2)
        }
        print(pages.map(TableText.render).joined(separator: "\n\n"))
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
