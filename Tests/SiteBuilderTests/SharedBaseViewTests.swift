import Foundation
import Testing
@testable import SiteBuilder
import SiteCore
import SiteTesting

/// The part of a page's view that pages of the same folder depth, top folder and section share is
/// made once per such group (`SiteContext.sharedBaseView`). Built again with every page making its
/// own, every bank must come out byte for byte the same.
@Suite struct SharedBaseViewTests {
    /// Pages at every depth a bank has (start page, section index, section page, a page outside the
    /// sections), in two sections, so that a key missing one of these would hand a page another
    /// page's links.
    static let deepBank = bank("""
        -- content/index.md --
        ---
        titel: Start
        ---
        Välkommen.
        -- content/metoder/index.md --
        ---
        titel: Metoder
        sammanfattning: Alla metoder.
        ---
        Om metoderna.
        -- content/metoder/a.md --
        ---
        titel: Alfa
        steg: [ett]
        ---
        Se [ett](../trappan/ett.md).
        -- content/metoder/b.md --
        ---
        titel: Beta
        ---
        Se [om banken](../om.md) och [alfa](a.md).
        -- content/trappan/ett.md --
        ---
        titel: Ett
        ordning: 1
        ---
        Första steget, se [alfa](../metoder/a.md).
        -- content/om.md --
        ---
        titel: Om banken
        ---
        Utanför sektionerna, se [alfa](metoder/a.md) och [beta](metoder/b.md).
        """)

    static let banks: [TemplateDifferentialTests.Bank] = [
        TemplateDifferentialTests.Bank(name: "DRIVE", site: TemplateDifferentialTests.folder(SiteTesting.repositoryRoot + "/content")),
        TemplateDifferentialTests.Bank(name: "deep folders", site: TemplateDifferentialTests.inline { deepBank }),
        TemplateDifferentialTests.Bank(
            name: "publishing with base URL",
            site: TemplateDifferentialTests.inline { publishingBank(baseURL: "https://www.example.se/kb", statement: completeStatement) }),
    ]

    @Test(arguments: banks)
    func sharingChangesNoByte(bank: TemplateDifferentialTests.Bank) async throws {
        let (content, themes) = try bank.site()
        func build(sharing: Bool) async throws -> [String: String] {
            let output = try SiteTesting.temporaryFolder() + "/site"
            // Serial: the parallel stages run on threads that do not see the task-local switch.
            let report = await SiteContext.$sharesBaseViews.withValue(sharing) {
                await SiteBuilder.build(BuildOptions(
                    contentFolder: content, outputFolder: output, themesFolder: themes, parallel: false))
            }
            #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() }.joined(separator: "\n"))")
            return SiteTesting.readTree(output).filter { $0.key.hasSuffix(".html") }
        }
        let shared = try await build(sharing: true)
        let unshared = try await build(sharing: false)
        #expect(shared.count > 5)
        #expect(Set(shared.keys) == Set(unshared.keys))
        for (path, html) in unshared.sorted(by: { $0.key < $1.key }) where shared[path] != html {
            Issue.record("\(path) differs when the base view is shared")
        }
    }

    @Test func deepPagesLinkTheMenuAndAssetsFromTheirOwnDepth() async throws {
        let (report, folder) = try await Self.deepBank.build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let about = try #require(tree["om/index.html"])
        #expect(about.contains(#"<link rel="stylesheet" href="../assets/site.css">"#))
        #expect(about.contains(#"href="../metoder/index.html">Metoder"#))
        let index = try #require(tree["metoder/index.html"])
        #expect(index.contains(#"<link rel="stylesheet" href="../assets/site.css">"#))
        #expect(index.contains(#"href="index.html" aria-current="page">Metoder"#))
        let alfa = try #require(tree["metoder/a/index.html"])
        #expect(alfa.contains(#"<link rel="stylesheet" href="../../assets/site.css">"#))
        #expect(alfa.contains(#"href="../index.html" aria-current="page">Metoder"#))
        let ett = try #require(tree["trappan/ett/index.html"])
        #expect(ett.contains(#"href="../../metoder/index.html">Metoder"#))
        #expect(!ett.contains(#"aria-current="page">Metoder"#))
    }

    /// A link to a page is made once for all pages as deep in other top folders
    /// (`PageCard.sharedLink`); from its own folder or another depth, each page makes its own.
    @Test func backlinksPointFromTheLinkingPagesOwnFolder() async throws {
        let (report, folder) = try await Self.deepBank.build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let alfa = try #require(tree["metoder/a/index.html"])
        #expect(alfa.contains(#"<a href="../b/index.html">Beta</a>"#))
        #expect(alfa.contains(#"<a href="../../trappan/ett/index.html">Ett</a>"#))
        #expect(alfa.contains(#"<a href="../../om/index.html">Om banken</a>"#))
        let ett = try #require(tree["trappan/ett/index.html"])
        #expect(ett.contains(#"<a href="../../metoder/a/index.html">Alfa</a>"#))
        let om = try #require(tree["om/index.html"])
        #expect(om.contains(#"href="../metoder/a/index.html""#))
    }
}
