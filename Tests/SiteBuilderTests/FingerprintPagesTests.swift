import Content
import Foundation
@testable import SiteBuilder
import SiteTesting
import Testing

/// The fingerprint hands the loader the bytes of every page it read, under the paths the loader
/// asks for (else each page would silently be read twice), however the content folder is written.
struct FingerprintPagesTests {
    @Test(arguments: ["/content", "/content/", "/./content"])
    func theFingerprintKeepsEveryPageUnderTheLoadersPath(suffix: String) throws {
        let folder = try InlineSite("""
            -- content/kunskapsbank.yml --
            webbplats:
              titel: Test
            sektioner:
              - mapp: metoder
                mall: metod
                namn: Metoder
            -- content/index.md --
            ---
            titel: Start
            ---
            -- content/metoder/a.md --
            ---
            titel: A
            ---
            Text.
            -- content/data/tabell.csv --
            a,b
            """).write()
        let options = BuildOptions(contentFolder: folder + suffix, outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes)
        let fingerprint = try #require(InputFingerprint.compute(options))
        let bank = ContentLoader(contentFolder: folder + suffix).load()
        #expect(!bank.pages.isEmpty)
        #expect(Set(fingerprint.pages.keys) == Set(bank.pages.map(\.relativePath)))
        #expect(fingerprint.pages["metoder/a.md"] == Array("---\ntitel: A\n---\nText.\n".utf8))
    }
}
