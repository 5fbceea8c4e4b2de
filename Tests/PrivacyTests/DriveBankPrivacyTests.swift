import Content
import Foundation
import Privacy
import SiteBuilder
import SiteCore
import SiteTesting
import Testing

/// The real DRIVE bank passes every privacy rule without a false alarm, and its configuration
/// really checks k-anonymity.
@Suite struct DriveBankPrivacyTests {
    static var content: String { SiteTesting.repositoryRoot + "/content" }

    func check(_ folder: String) throws -> PrivacyReport {
        let bank = ContentLoader(contentFolder: folder, otherConfigKeys: ["integritet"]).load()
        let config = try #require(bank.config)
        return PrivacyGuard(contentFolder: folder).check(bank, config: config)
    }

    @Test func driveHasNoPrivacyFindingAtAll() async throws {
        let output = try SiteTesting.temporaryFolder() + "/site"
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: Self.content, outputFolder: output, themesFolder: SiteTesting.defaultThemes))
        let privacy = report.diagnostics.filter { $0.rule.hasPrefix("integritet.") }
        #expect(privacy.isEmpty, "\(privacy.map { $0.formatted() }.joined(separator: "\n"))")
        #expect(report.acceptedFindings.isEmpty)
        #expect(report.wroteOutput)

        let page = try #require(SiteTesting.readTree(output)["fall/fall-07/index.html"])
        // Privacy publishes inskriven at most as the year; the statistics' disclosure rules hide it on
        // DRIVE's case pages altogether. Either way no month reaches the page.
        #expect(!page.contains("juni 2012"), "inskriven is never published by month")
    }

    @Test func driveConfigurationChecksEveryCaseForKAnonymity() throws {
        let folder = try SiteTesting.temporaryFolder() + "/content"
        try FileManager.default.copyItem(atPath: Self.content, toPath: folder)
        let configPath = folder + "/kunskapsbank.yml"
        let config = try String(contentsOfFile: configPath, encoding: .utf8)
        #expect(config.contains("\n  k: 3\n"))
        try config.replacingOccurrences(of: "\n  k: 3\n", with: "\n  k: 4\n").write(toFile: configPath, atomically: true, encoding: .utf8)

        #expect(try check(Self.content).diagnostics.isEmpty)
        let strict = try check(folder).diagnostics
        // Four combinations (Emmaboda × two age bands × 2012/2013) hold exactly three cases each.
        #expect(strict.count == 12, "\(strict.map { $0.formatted() })")
        #expect(strict.allSatisfy { $0.rule == "integritet.k-anonymitet" && $0.message.contains("Kommun: Emmaboda") })
    }
}
