import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// Backlinks ("Länkas från", grouped by section) and relation groups drawn from front matter.
@Suite struct RelationTests {
    static let site = bank("""
        relationer:
          metoder.steg: Metoder på steget
        -- content/trappan/ett.md --
        ---
        titel: Ett
        ordning: 1
        ---
        Första steget.
        -- content/trappan/tva.md --
        ---
        titel: Två
        ordning: 2
        ---
        Efter [[Ett]].
        -- content/metoder/index.md --
        ---
        titel: Alla metoder
        ---
        Börja med [steg ett](../trappan/ett.md).
        -- content/metoder/b.md --
        ---
        titel: Bmetod
        steg: [ett, tva]
        ---
        Används på [[Ett]] och [[Två]].

        ## Rubrik
        -- content/metoder/a.md --
        ---
        titel: Ametod
        steg: [ett]
        ---
        Se [[Bmetod]] och [[Bmetod#rubrik|igen]].
        -- content/om.md --
        ---
        titel: Om banken
        ---
        Allt börjar på [[Ett]], se [[Ametod]].
        """)

    /// The text of the part of `html` from `start` to the next `</section>`, tags replaced by `|`.
    static func section(_ html: String, from start: String) -> String? {
        guard let range = html.range(of: start) else { return nil }
        let rest = html[range.lowerBound...]
        let end = rest.range(of: "</section>").map { rest[..<$0.lowerBound] } ?? rest
        return String(end).replacing(/<[^>]+>/, with: "|").replacing(/\s*\|[\s|]*/, with: "|")
    }

    @Test func stepShowsItsMethodsAndGroupedBacklinks() async throws {
        let (report, folder) = try await Self.site.build()
        // Nothing links to the root page: the one warning.
        #expect(report.diagnostics.map(\.rule).filter { $0 != "publish.no-base-url" } == ["link.orphan"], "\(report.diagnostics.map { $0.formatted() })")
        let html = try #require(SiteTesting.readTree(folder + "/site")["trappan/ett/index.html"])
        #expect(Self.section(html, from: "<h2>Metoder på steget") == "|Metoder på steget|Ametod|Bmetod|")
        // Bmetod links here too, but is already listed above; sections in navigation order, then other pages.
        #expect(Self.section(html, from: #"<section class="lankas-fran">"#)
            == "|Länkas från|Metoder|Alla metoder|Trappan|Två|Andra sidor|Om banken|")
        #expect(html.contains(#"<a href="../../om/index.html">Om banken</a>"#))
    }

    @Test func methodShowsBacklinksButNoRelationsWhenNothingNamesIt() async throws {
        let (_, folder) = try await Self.site.build()
        let html = try #require(SiteTesting.readTree(folder + "/site")["metoder/b/index.html"])
        #expect(!html.contains(#"<section class="relaterat">"#))
        #expect(Self.section(html, from: #"<section class="lankas-fran">"#) == "|Länkas från|Metoder|Ametod|")
    }
}

/// Relations on the DRIVE bank, on both ends.
@Suite(.serialized) struct DriveRelationTests {
    /// One build for every test of the suite.
    static let drive = Task { try await DriveBankTests.buildDrive(parallel: true).1 }

    static func page(_ path: String) async throws -> String {
        try #require(try await drive.value[path])
    }

    /// DRIVE's case pages hide their start step (it would single out groups the statistics suppress),
    /// so the step pages must not list the cases that started there either.
    @Test(arguments: ["trappan/arbetsprovning/index.html", "trappan/sysselsattning/index.html"])
    func hiddenCaseFieldsDoNotComeBackAsRelations(path: String) async throws {
        let html = try await Self.page(path)
        #expect(!html.contains("<h2>Fall som började på steget</h2>"))
        #expect(html.contains("<h2>Metoder på steget</h2>"))
    }

    @Test(arguments: [
        ("metoder/kartlaggning/index.html", "Fall där metoden har använts", 30),
        ("projekt/drive/index.html", "Fall i projektet", 30),
        ("aktorer/arbetsformedlingen/index.html", "Metoder där aktören deltar", 3),
    ])
    func driveRelationGroupListsItsPages(path: String, title: String, count: Int) async throws {
        let html = try await Self.page(path)
        let start = try #require(html.range(of: "<h2>\(title)</h2>"), "\(path) saknar \(title)")
        let group = html[start.upperBound...].components(separatedBy: "</section>").first ?? ""
        #expect(group.components(separatedBy: "<li>").count - 1 == count, "\(group)")
    }

    @Test func stepListsItsMethods() async throws {
        let html = try await Self.page("trappan/arbetsprovning/index.html")
        #expect(html.contains("<h2>Metoder på steget</h2>"))
    }
}
