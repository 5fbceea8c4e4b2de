import Content
import Foundation
@testable import Scaffolding
import SiteBuilder
import SiteTesting
import Testing

/// `new` and `init`: what they write, and that it builds without errors.
@Suite struct ScaffoldTests {
    /// Writes a new SAMBA bank to a temporary folder and returns the folder.
    func newBank() throws -> String {
        let folder = try SiteTesting.temporaryFolder()
        for file in NewBank.make(project: "SAMBA").files {
            let path = folder + "/" + file.path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
        }
        return folder
    }

    /// Builds with the bank's own themes folder, which holds only the stub: the default theme must
    /// come from the tool itself.
    func build(_ folder: String) async -> BuildReport {
        await SiteBuilder.build(BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: folder + "/themes"))
    }

    @Test func newBankBuildsAtOnceWithTheBuiltInDefaultTheme() async throws {
        let folder = try newBank()
        #expect(!FileManager.default.fileExists(atPath: folder + "/themes/default"))
        let report = await build(folder)
        // Glossary pages copied from DRIVE may have nothing linking to them yet: warnings, nothing else.
        #expect(report.diagnostics.allSatisfy { $0.rule == "link.orphan" || $0.rule == "publish.no-base-url" }, "\(report.diagnostics.map { $0.formatted() })")
        let start = try String(contentsOfFile: folder + "/site/index.html", encoding: .utf8)
        #expect(start.contains("Kunskapsbank SAMBA"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/trappan/praktik/index.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/begrepp/sgi/index.html"))
        let colours = try String(contentsOfFile: folder + "/site/assets/tema.css", encoding: .utf8)
        #expect(colours.contains("--accent: #6b2a63"))
        let css = try String(contentsOfFile: folder + "/site/assets/site.css", encoding: .utf8)
        #expect(css.contains("--accent: #1a4f8b"), "the default stylesheet comes from the tool")
    }

    @Test func newBankHasProjectWithTargetGroupAndGoalsAsPlaceholders() throws {
        let files = Dictionary(uniqueKeysWithValues: NewBank.make(project: "SAMBA").files.map { ($0.path, $0.text) })
        let project = try #require(files["content/projekt/samba.md"])
        #expect(project.contains("titel: \"SAMBA\""))
        #expect(project.contains("malgrupp: \"Beskriv målgruppen"))
        #expect(project.contains("## Mål\n"))
        let config = try #require(files["content/kunskapsbank.yml"])
        #expect(config.contains("titel: \"Kunskapsbank SAMBA\""))
        #expect(config.contains("tema: samba"))
        #expect(config.contains("- mapp: fall"))
        #expect(files.keys.contains("themes/samba/assets/tema.css"))
        #expect(!files.keys.contains { $0.hasPrefix("themes/samba/templates") }, "the stub changes only colours")
    }

    @Test func copiedGlossaryKeepsLinksItCanAndUnlinksTheRest() throws {
        let files = Dictionary(uniqueKeysWithValues: NewBank.make(project: "SAMBA").files.map { ($0.path, $0.text) })
        let text = try #require(files["content/begrepp/aktivitetsersattning.md"])
        #expect(!text.contains("../metoder/"))
        #expect(!text.contains("../projekt/drive.md"))
        #expect(text.contains("Försäkringskassan") || text.contains("Försäkringskassans"))
    }

    @Test(arguments: [
        ("Se [x](../metoder/a.md#syfte).", "Se x."),
        ("Se [x](b.md) och [y](../saknas/c.md).", "Se [x](b.md) och y."),
        ("Bild ![x](../metoder/a.md) och [webb](https://example.org/a.md).", "Bild ![x](../metoder/a.md) och [webb](https://example.org/a.md)."),
        ("[flera\nrader](../metoder/a.md)", "flera\nrader"),
    ])
    func unlinkerDropsOnlyLinksToMissingPages(input: String, expected: String) {
        let existing: Set<String> = ["content/begrepp/b.md"]
        #expect(LinkUnlinker.unlink(input, at: "content/begrepp/x.md", existing: existing) == expected)
    }

    @Test(arguments: ["metoder", "fall", "trappan", "begrepp", "projekt", "aktorer", "sidor"])
    func newPageOfEverySectionBuildsWithoutErrors(section: String) async throws {
        let folder = try newBank()
        let bank = ContentLoader(contentFolder: folder + "/content").load()
        let config = try #require(bank.config)
        // A case needs a method to point at: make one first.
        var pages = bank.pages
        if section == "fall" {
            let method = try NewPage.make(config: config, pages: pages, section: "metoder", title: "Kartläggning")
            try Data(method.text.utf8).write(to: URL(fileURLWithPath: folder + "/content/" + method.relativePath))
            pages = ContentLoader(contentFolder: folder + "/content").load().pages
        }
        let page = try NewPage.make(config: config, pages: pages, section: section, title: "Ny sida i \(section)")
        #expect(page.relativePath == "\(section)/ny-sida-i-\(section).md")
        try Data(page.text.utf8).write(to: URL(fileURLWithPath: folder + "/content/" + page.relativePath))
        let report = await build(folder)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map { $0.formatted() })")
        #expect(FileManager.default.fileExists(atPath: folder + "/site/\(section)/ny-sida-i-\(section)/index.html"))
    }

    @Test func newPageListsEveryFieldMarksRequiredAndAllowedValues() throws {
        let config = try #require(StarterConfig.drive)
        let section = try #require(config.section("fall"))
        let page = try NewPage.make(config: config, pages: [], section: "fall", title: "Ett fall")
        for field in section.fields {
            let line = try #require(page.text.split(separator: "\n").first { $0.hasPrefix(field.key + ":") }, "\(field.key)")
            #expect(line.contains(field.required ? "# krävs" : "# valfritt"), "\(line)")
        }
        #expect(page.text.contains("utfall: \"arbete\"  # krävs · Utfall · ett av: arbete (Arbete), studier (Studier)"))
        #expect(page.text.contains("## Bakgrund\n"))
        #expect(page.text.contains("## Lärdomar\n"))
        // The example values must not be counted as a participant until the writer changes them.
        #expect(page.text.contains("anonymisering: fiktiv"), "\(page.text)")
    }

    @Test(arguments: [
        ("metod", ["Syfte", "Målgrupp", "Så här går det till", "Erfarenheter"]),
        ("fall", ["Bakgrund", "Insatser", "Vändpunkter", "Lärdomar"]),
    ])
    func skeletonFollowsTheSectionTemplate(template: String, headings: [String]) throws {
        let config = try #require(StarterConfig.drive)
        let folder = try #require(config.sections.first { $0.template == template }?.folder)
        let page = try NewPage.make(config: config, pages: [], section: folder, title: "Titel")
        let found = page.text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(found == headings)
    }

    @Test func unknownSectionIsRefusedWithSuggestion() throws {
        let config = try #require(StarterConfig.drive)
        #expect(throws: NewPage.Problem.unknownSection("metodr", hint: "menade du \"metoder\"?")) {
            try NewPage.make(config: config, pages: [], section: "metodr", title: "X")
        }
        #expect(throws: NewPage.Problem.emptySlug("!!!")) {
            try NewPage.make(config: config, pages: [], section: "metoder", title: "!!!")
        }
    }
}

/// DRIVE's configuration, read from the repository.
enum StarterConfig {
    static let drive = ContentLoader(contentFolder: SiteTesting.repositoryRoot + "/content").load().config
}
