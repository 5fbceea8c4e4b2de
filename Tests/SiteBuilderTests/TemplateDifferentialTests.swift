import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting
@testable import Theme

/// The compiled template renderer against swift-mustache: whole banks are built with every render
/// also done by swift-mustache (`Theme.referenceCheck`), and every page must come out byte for byte
/// the same, with the default and the samba theme.
@Suite struct TemplateDifferentialTests {
    struct Bank: Sendable, CustomTestStringConvertible {
        var name: String
        var site: @Sendable () throws -> (content: String, themes: String)
        var testDescription: String { name }
    }

    static func folder(_ content: String) -> @Sendable () throws -> (content: String, themes: String) {
        { (content, SiteTesting.defaultThemes) }
    }

    static func inline(_ site: @escaping @Sendable () -> InlineSite) -> @Sendable () throws -> (content: String, themes: String) {
        { (try site().write() + "/content", SiteTesting.defaultThemes) }
    }

    static let banks: [Bank] = [
        Bank(name: "DRIVE", site: folder(SiteTesting.repositoryRoot + "/content")),
        Bank(name: "golden", site: folder(SiteTesting.repositoryRoot + "/Tests/Fixtures/golden/content")),
        Bank(name: "hostile", site: folder(SiteTesting.repositoryRoot + "/Tests/Fixtures/hostile/content")),
        Bank(name: "relations", site: inline { RelationTests.site }),
        Bank(name: "wiki links", site: inline { WikiLinkSiteTests.site() }),
        Bank(name: "publishing", site: inline { publishingBank(statement: completeStatement) }),
        Bank(name: "publishing with base URL", site: inline { publishingBank(baseURL: "https://www.example.se/kb", statement: completeStatement) }),
        Bank(name: "publishing in English", site: inline { publishingBank(language: "en", statement: completeStatement) }),
    ]

    @Test(arguments: banks, ["default", "samba"])
    func everyPageRendersAsSwiftMustacheRendersIt(bank: Bank, theme: String) async throws {
        let (content, themes) = try bank.site()
        let output = try SiteTesting.temporaryFolder() + "/site"
        let check = ReferenceCheck()
        // Serial: the parallel stages run on threads that do not see the task-local check.
        let report = await Theme.$referenceCheck.withValue(check) {
            await SiteBuilder.build(BuildOptions(
                contentFolder: content, outputFolder: output, themesFolder: themes, themeName: theme, parallel: false))
        }
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() }.joined(separator: "\n"))")
        let pages = SiteTesting.readTree(output).keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 3)
        #expect(check.count >= pages.count, "only \(check.count) renders were compared for \(pages.count) pages")
        #expect(check.mismatches.isEmpty, "\(check.mismatches.prefix(3).map(\.description).joined(separator: "\n"))")
    }

    @Test func driveUsesEveryPageTemplate() async throws {
        let check = ReferenceCheck()
        let output = try SiteTesting.temporaryFolder() + "/site"
        _ = await Theme.$referenceCheck.withValue(check) {
            await SiteBuilder.build(BuildOptions(
                contentFolder: SiteTesting.repositoryRoot + "/content", outputFolder: output,
                themesFolder: SiteTesting.defaultThemes, parallel: false))
        }
        let expected: Set<String> = [
            "start", "sektion", "register", "metod", "steg", "fall", "projekt", "aktor", "begrepp", "404", "sok",
            "tillganglighet", "statistik",
        ]
        #expect(expected.subtracting(check.templates).isEmpty, "not rendered: \(expected.subtracting(check.templates).sorted())")
    }
}
