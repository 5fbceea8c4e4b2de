import Foundation
import Testing
import SiteBuilder
import SiteTesting

/// A successor project changes the look with `themes/<name>/` (only the files it changes) and the
/// interface language with `sprak:`, never with code.
@Suite struct SuccessorThemeTests {
    @Test func sambaThemeChangesHeaderAndColoursAndKeepsTheRest() async throws {
        let output = try SiteTesting.temporaryFolder() + "/site"
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: SiteTesting.repositoryRoot + "/content", outputFolder: output,
            themesFolder: SiteTesting.defaultThemes, themeName: "samba"))
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(output)
        let step = try #require(tree["trappan/praktik/index.html"])
        #expect(step.contains(#"<span class="samba-marke">SAMBA · Samordningsförbundet i Nybro och Emmaboda</span>"#))
        #expect(step.contains(#"<ol class="trappa">"#), "trappan kommer från standardtemat")
        #expect(step.contains(#"<link rel="stylesheet" href="../../assets/tema.css">"#))
        #expect(tree["assets/tema.css"]?.contains("--accent: #0b5d4b") == true)
        #expect(tree["assets/site.css"]?.contains("--accent: #1a4f8b") == true, "site.css från standardtemat")
        let files = try FileManager.default.subpathsOfDirectory(atPath: SiteTesting.repositoryRoot + "/themes/samba")
            .filter { !$0.hasSuffix("/") && !["assets", "templates", "templates/partials", "strings"].contains($0) }
        #expect(files.count <= 6, "ett fåtal filer: \(files)")
    }

    @Test func englishIsAConfigurationSwitch() async throws {
        let (report, folder) = try await publishingBank(language: "en", statement: completeStatement).build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let method = try #require(tree["metoder/kartlaggning/index.html"])
        #expect(method.contains(#"<html lang="en">"#))
        #expect(method.contains(">Skip to content</a>"))
        #expect(method.contains(">Accessibility statement</a>"))
        #expect(tree["sok/index.html"]?.contains("<h1>Search the knowledge bank</h1>") == true)
        let statement = try #require(tree["tillganglighet/index.html"])
        #expect(statement.contains("<h1>Accessibility statement</h1>"))
        #expect(statement.contains("Testkommunen is responsible for this website."))
        #expect(statement.contains("<h2>Enforcement</h2>"))
    }
}
