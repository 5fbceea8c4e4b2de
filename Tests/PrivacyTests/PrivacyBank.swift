import Foundation
import SiteBuilder
import SiteCore
import SiteTesting

/// A small bank with a method section and a case section, for privacy tests.
enum PrivacyBank {
    static func config(integritet: String = "") -> String {
        """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          beskrivning: Tester.
          organisation: Testkommunen
          sprak: sv
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
          - mapp: fall
            mall: fall
            namn: Fall
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              uppfoljning: { etikett: Uppföljning, typ: text }
              projekt: { etikett: Projekt, typ: text }
              kommun: { etikett: Kommun, typ: val, varden: { nybro: Nybro, emmaboda: Emmaboda } }
              inskriven: { etikett: Inskriven, typ: manad }
              anonymisering: { etikett: Anonymisering, typ: val, kravs: true, varden: { sammansatt: Sammansatt, samtycke: Samtycke, fiktiv: Fiktiv } }
        \(integritet)
        """
    }

    /// A case page with the given extra front matter and body.
    static func casePage(_ name: String, title: String? = nil, frontMatter: String = "", body: String = "Text.") -> String {
        """
        -- content/fall/\(name).md --
        ---
        titel: \(title ?? name)
        anonymisering: sammansatt
        \(frontMatter)
        ---
        \(body)
        """
    }

    struct Result {
        let report: BuildReport
        let folder: String
        var privacy: [Diagnostic] { report.diagnostics.filter { $0.rule.hasPrefix("integritet.") } }
        var output: [String: String] { SiteTesting.readTree(folder + "/site") }
    }

    /// Builds `files` (after the configuration) with the list `skyddade-ord.txt` beside `content/`
    /// when the site holds one, or `protectedWords` (relative to the site's folder unless absolute).
    static func build(_ files: String, integritet: String = "", writeOutput: Bool = false, protectedWords: String? = nil)
        async throws -> Result
    {
        let site = InlineSite(config(integritet: integritet) + "\n" + files)
        let folder = try site.write()
        let list = protectedWords.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 }
            ?? (site.files.contains { $0.path == "skyddade-ord.txt" } ? folder + "/skyddade-ord.txt" : nil)
        let options = BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes,
            writeOutput: writeOutput, protectedWordsFile: list)
        return Result(report: await SiteBuilder.build(options), folder: folder)
    }
}
