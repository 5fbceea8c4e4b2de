import Foundation
import Testing
import SiteBuilder
import SiteTesting

/// The small bank in `Tests/Fixtures/golden/content` must build to exactly the reviewed tree in
/// `expected/`. `RECORD_GOLDEN=1 swift test --filter GoldenSiteTests` rewrites `expected/` and
/// fails on purpose: review the diff with git before committing it.
@Suite struct GoldenSiteTests {
    static let fixture = SiteTesting.repositoryRoot + "/Tests/Fixtures/golden"

    @Test func goldenBankBuildsToTheReviewedTree() async throws {
        let output = try SiteTesting.temporaryFolder() + "/site"
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: Self.fixture + "/content", outputFolder: output, themesFolder: SiteTesting.defaultThemes))
        #expect(report.succeeded, "\(report.diagnostics.map { $0.formatted() })")
        var actual = SiteTesting.readTree(output)
        actual.removeValue(forKey: ".kunskapsbank-webbplats")
        // The theme's assets (stylesheets, search script) are copied unchanged; the theme's own tests cover them.
        for path in actual.keys where path.hasPrefix("assets/") { actual.removeValue(forKey: path) }

        let expectedFolder = Self.fixture + "/expected"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: expectedFolder)
            for (path, text) in actual {
                let target = expectedFolder + "/" + path
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: target))
            }
            Issue.record("RECORD_GOLDEN=1: skrev om \(expectedFolder); granska ändringen och kör testerna igen")
            return
        }
        let expected = SiteTesting.readTree(expectedFolder)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, text) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == text, "\(path) skiljer sig från den granskade versionen")
        }
    }
}
