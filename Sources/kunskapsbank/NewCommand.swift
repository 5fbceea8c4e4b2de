import ArgumentParser
import Content
import Foundation
import Scaffolding

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Skapar en ny sida i en sektion, med alla fält som sektionen har och rubriker att fylla i.",
        discussion: """
            Exempel: kunskapsbank new metoder "Arbetsplatsmatchning"
            skapar content/metoder/arbetsplatsmatchning.md. Fält som krävs får ett exempelvärde som \
            du byter ut; tillåtna värden står i kommentarer efter #. En befintlig fil skrivs aldrig över.
            """)

    @Argument(help: ArgumentHelp("Sektionens mapp, till exempel metoder, fall eller begrepp.", valueName: "sektion"))
    var section: String

    @Argument(help: ArgumentHelp("Sidans titel; filnamnet görs av den.", valueName: "titel"))
    var title: String

    @Option(name: .long, help: "Mappen med bankens innehåll.")
    var content = "content"

    func run() throws {
        let bank = ContentLoader(contentFolder: content).load()
        guard let config = bank.config else {
            fail("kan inte läsa \(content)/kunskapsbank.yml; kör kunskapsbank check för detaljer, eller skapa en bank med kunskapsbank init")
        }
        let page: NewPage
        do {
            page = try NewPage.make(config: config, pages: bank.pages, section: section, title: title)
        } catch {
            fail("\(error)", status: 2)
        }
        let path = content + "/" + page.relativePath
        guard !FileManager.default.fileExists(atPath: path) else {
            fail("\(path) finns redan och skrivs inte över; välj en annan titel eller öppna filen")
        }
        do {
            try writeNewFile(path, page.text)
        } catch {
            fail("kunde inte skriva \(path): \(error.localizedDescription)")
        }
        print("skapade \(path)")
        print("öppna filen, byt ut exempelvärdena och skriv texten under rubrikerna; se resultatet med kunskapsbank serve")
    }
}

/// Writes a file that must not exist yet, creating its folder.
func writeNewFile(_ path: String, _ text: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
}

/// Prints `fel: …` on standard error and exits (1: the command could not do its work, 2: wrong usage).
func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("fel: \(message)\n".utf8))
    exit(status)
}
