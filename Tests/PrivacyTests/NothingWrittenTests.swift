import Foundation
import SiteBuilder
import SiteTesting
import Testing

/// When any privacy error exists, nothing is written: the previous site stays as it was.
@Suite struct NothingWrittenTests {
    @Test func privacyErrorLeavesThePreviousSiteUntouched() async throws {
        let first = try await PrivacyBank.build(PrivacyBank.casePage("f", body: "Första versionen."), writeOutput: true)
        #expect(first.report.wroteOutput)
        let before = first.output
        #expect(before["fall/f/index.html"]?.contains("Första versionen.") == true)

        try Data("---\ntitel: f\nanonymisering: sammansatt\n---\nAndra versionen, 640823-3234.\n".utf8)
            .write(to: URL(fileURLWithPath: first.folder + "/content/fall/f.md"))
        let second = await SiteBuilder.build(BuildOptions(
            contentFolder: first.folder + "/content", outputFolder: first.folder + "/site", themesFolder: SiteTesting.defaultThemes))
        #expect(second.diagnostics.filter { $0.severity == .error }.map(\.rule) == ["integritet.personnummer"])
        #expect(!second.wroteOutput)
        #expect(SiteTesting.readTree(first.folder + "/site") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.folder).filter { $0.hasPrefix(".site") }.isEmpty)
    }

    @Test func privacyErrorOnAFreshBuildCreatesNoSite() async throws {
        let result = try await PrivacyBank.build(PrivacyBank.casePage("f", body: "Ring 070-123 45 67."), writeOutput: true)
        #expect(!result.report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: result.folder + "/site"))
    }
}
