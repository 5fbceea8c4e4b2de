import Content
import Foundation
import SiteCore
import Testing

@Suite struct DiscoveryTests {
    static let page = "---\ntitel: Sida\n---\nText.\n"
    static let step = "---\ntitel: Steg\nordning: 1\n---\n"

    @Test(arguments: [
        ("index.md", PageKind.home, "", nil as String?, "index"),
        ("om.md", .regular, "om/", nil, "om"),
        ("metoder/index.md", .sectionIndex, "metoder/", "metoder", "index"),
        ("metoder/kartlaggning.md", .regular, "metoder/kartlaggning/", "metoder", "kartlaggning"),
    ])
    func markdownFileBecomesPageOfItsKind(path: String, kind: PageKind, sitePath: String, section: String?, slug: String) throws {
        let bank = TemporaryBank([path: Self.page])
        let loaded = bank.load()
        let page = try #require(loaded.page(path))
        #expect(page.kind == kind)
        #expect(page.sitePath.description == sitePath)
        #expect(page.section == section)
        #expect(page.slug == slug)
        #expect(page.source == bank.path(path))
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func otherFilesBecomeDataAndStaticFilesAndHiddenOnesAreSkipped() throws {
        let bank = TemporaryBank([
            "data/kostnader-2012.csv": "år;kostnad\n2012;100\n",
            "data/extra/utfall.json": "{}",
            "metoder/bild.png": "PNG",
            "metoder/.gomd.md": "x",
            "metoder/kartlaggning.md~": "x",
            "metoder/.kartlaggning.md.swp": "x",
            ".git/config": "x",
        ])
        let loaded = bank.load()
        #expect(loaded.dataFiles.map(\.relativePath) == ["data/extra/utfall.json", "data/kostnader-2012.csv"])
        #expect(loaded.dataFiles.last?.text == "år;kostnad\n2012;100\n")
        #expect(loaded.dataFiles.last?.source == bank.path("data/kostnader-2012.csv"))
        #expect(loaded.staticFiles.map(\.relativePath) == ["metoder/bild.png"])
        #expect(loaded.staticFiles.first?.absolutePath.hasSuffix("/metoder/bild.png") == true)
        #expect(loaded.pages.isEmpty)
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test(arguments: ["recept/sallad.md", "metoder/gamla/kartlaggning.md"])
    func markdownOutsideSectionsIsAnErrorNamingTheFolder(path: String) throws {
        let bank = TemporaryBank([path: Self.page])
        let loaded = bank.load()
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.rule == "content.not-a-section")
        #expect(diagnostic.location.file == bank.path(path))
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        #expect(diagnostic.message.contains("\"\(folder)\""))
        #expect(diagnostic.hint?.contains("metoder, trappan, fall") == true)
        #expect(loaded.pages.isEmpty)
    }

    @Test(arguments: [
        ("metoder/Kartläggning.md", "kartlaggning"),
        ("metoder/Min metod.md", "min-metod"),
        ("Om oss.md", "om-oss"),
    ])
    func fileNameThatIsNotASlugWarnsAboutTheAddress(path: String, slug: String) throws {
        let bank = TemporaryBank([path: Self.page])
        let loaded = bank.load()
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.rule == "content.slug-renamed")
        #expect(diagnostic.message.contains("\"\(slug)\""))
        #expect(diagnostic.hint == "byt namn på filen till \(slug).md")
        #expect(loaded.page(path)?.slug == slug)
    }

    @Test(arguments: [
        ("metoder/Fall.md", "metoder/fall.md"),
        ("metoder/Väg.md", "metoder/vag.md"),
        ("metoder.md", "metoder/index.md"),
    ])
    func twoFilesWithOneAddressAreAnError(first: String, second: String) throws {
        let bank = TemporaryBank([first: Self.page, second: Self.page])
        let loaded = bank.load()
        let collision = try #require(loaded.diagnostics("content.slug-collision").first)
        #expect(collision.severity == .error)
        #expect(collision.message.contains(bank.path(first)) || collision.message.contains("mappen metoder"))
        #expect(loaded.pages.count == 1)
    }

    @Test func symbolicLinksAreFollowedOnlyInsideTheFolder() throws {
        let outside = TemporaryBank(["hemlig.md": Self.page], withConfig: false)
        let bank = TemporaryBank(["metoder/a.md": Self.page])
        try FileManager.default.createSymbolicLink(atPath: bank.path("metoder/ut.md"), withDestinationPath: outside.path("hemlig.md"))
        try FileManager.default.createSymbolicLink(atPath: bank.path("metoder/b.md"), withDestinationPath: bank.path("metoder/a.md"))
        let loaded = bank.load()

        #expect(loaded.pages.map(\.relativePath) == ["metoder/a.md", "metoder/b.md"])
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.rule == "content.symlink")
        #expect(diagnostic.location.file == bank.path("metoder/ut.md"))
    }

    @Test func loadingTwiceGivesTheSameResult() {
        var files: [String: String] = [:]
        for number in 1...40 {
            files["fall/fall-\(number).md"] = TestConfig.casePage("startsteg: steg-\(number % 3)", "inskriven: 2012-1\(number % 3)")
        }
        files["trappan/steg-1.md"] = Self.step
        let bank = TemporaryBank(files)
        let first = bank.load()
        let second = bank.load()
        #expect(first.pages.map(\.relativePath) == files.keys.sorted())
        #expect(first.pages.map(\.fields) == second.pages.map(\.fields))
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.diagnostics == first.diagnostics.sorted())
        #expect(first.diagnostics.count > 20)
    }
}
