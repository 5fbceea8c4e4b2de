import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// `Tests/Fixtures/broken-links/content` is seeded with a known set of broken and ambiguous links;
/// every diagnostic a check prints must be exactly the reviewed `expected-diagnostics.txt`
/// (`RECORD_GOLDEN=1` rewrites it and fails, as for the golden site).
@Suite struct BrokenLinksFixtureTests {
    static let fixture = SiteTesting.repositoryRoot + "/Tests/Fixtures/broken-links"

    @Test func checkReportsExactlyTheSeededProblems() async throws {
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: Self.fixture + "/content", themesFolder: SiteTesting.defaultThemes, writeOutput: false))
        var printer = DiagnosticPrinter()
        let printed = report.diagnostics.map { printer.format($0) }.joined(separator: "\n")
            .replacingOccurrences(of: Self.fixture + "/", with: "") + "\n"
        let expectedFile = Self.fixture + "/expected-diagnostics.txt"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(printed.utf8).write(to: URL(fileURLWithPath: expectedFile))
            Issue.record("RECORD_GOLDEN=1: skrev om \(expectedFile); granska ändringen och kör testerna igen")
            return
        }
        let expected = try String(contentsOfFile: expectedFile, encoding: .utf8)
        #expect(printed == expected)
        #expect(!report.wroteOutput)
    }
}
