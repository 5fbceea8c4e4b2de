import Foundation
import Testing
import Theme

@Suite struct ThemeResourceTests {
    static let files: [String] = {
        let root = ThemeFixture.themesFolder + "/default"
        let enumerator = FileManager.default.enumerator(atPath: root)
        return (enumerator?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".css") }
            .sorted()
    }()

    @Test func defaultThemeHasTemplatesAndStylesheet() {
        #expect(Self.files.contains("assets/site.css"))
        #expect(Self.files.filter { $0.hasSuffix(".mustache") }.count >= 12)
    }

    @Test(arguments: ThemeResourceTests.files)
    func noResourceIsLoadedFromAnotherOrigin(file: String) throws {
        let text = try String(contentsOfFile: ThemeFixture.themesFolder + "/default/" + file, encoding: .utf8)
        for pattern in ["src=\"http", "href=\"http", "url(http", "url(\"http", "url('http", "url(//", "@import"] {
            #expect(!text.contains(pattern), "\(file): \(pattern)")
        }
    }

    @Test func stylesheetRespectsReducedMotionAndPrint() throws {
        let css = try String(contentsOfFile: ThemeFixture.themesFolder + "/default/assets/site.css", encoding: .utf8)
        #expect(css.contains("@media (prefers-reduced-motion: reduce)"))
        #expect(css.contains("@media print"))
        #expect(css.contains(":focus-visible"))
        #expect(css.contains(".tabell"))
    }

    @Test func assetsListTheDefaultStylesheet() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let css = try #require(theme.assets.first { $0.relativePath == "site.css" })
        #expect(css.absolutePath.hasSuffix("themes/default/assets/site.css"))
    }
}
