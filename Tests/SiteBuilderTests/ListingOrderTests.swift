import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// The order of the lists other pages appear in — backlink groups, section indexes, the A–Ö
/// register — is Swedish (å, ä, ö after z; é as e), or a section's `ordning`, never byte order.
@Suite struct ListingOrderTests {
    static let methods = ["Zeta", "Östra", "Ärende", "Åsa", "Émile", "Alfa"]
    static let steps = [("Ö-steg", 1), ("A-steg", 2)]
    static let others = ["Översikt", "Ämne", "Om"]

    static let site: InlineSite = {
        var files = """
            -- content/malet.md --
            ---
            titel: Målet
            ---
            Målet för alla.

            """
        for (number, title) in methods.enumerated() {
            files += "-- content/metoder/m\(number).md --\n---\ntitel: \(title)\n---\nSe [[Målet]].\n"
        }
        for (number, step) in steps.enumerated() {
            files += "-- content/trappan/s\(number).md --\n---\ntitel: \(step.0)\nordning: \(step.1)\n---\nSe [[Målet]].\n"
        }
        for (number, title) in others.enumerated() {
            files += "-- content/sida\(number).md --\n---\ntitel: \(title)\n---\nSe [[Målet]].\n"
        }
        return bank(files)
    }()

    /// The link texts of `html` from `start` on, in order.
    static func linkTexts(_ html: String, from start: String) -> [String] {
        guard let range = html.range(of: start) else { return [] }
        return html[range.lowerBound...].matches(of: /<a [^>]*>([^<]*)<\/a>/).map { String($0.1) }
    }

    @Test func backlinkGroupsAreInSwedishAndStepOrder() async throws {
        let (report, folder) = try await Self.site.build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let html = try #require(SiteTesting.readTree(folder + "/site")["malet/index.html"])
        #expect(RelationTests.section(html, from: #"<section class="lankas-fran">"#)
            == "|Länkas från|Metoder|Alfa|Émile|Zeta|Åsa|Ärende|Östra|Trappan|Ö-steg|A-steg|Andra sidor|Om|Ämne|Översikt|")
    }

    @Test func sectionIndexAndRegisterAreInSwedishOrder() async throws {
        let (_, folder) = try await Self.site.build()
        let tree = SiteTesting.readTree(folder + "/site")
        let index = try #require(tree["metoder/index.html"])
        #expect(Self.linkTexts(index, from: "<main").filter(Self.methods.contains) == ["Alfa", "Émile", "Zeta", "Åsa", "Ärende", "Östra"])
        let register = try #require(tree["a-o/index.html"])
        let titles = Set(Self.methods + Self.steps.map(\.0) + Self.others + ["Målet"])
        #expect(Self.linkTexts(register, from: "<main").filter(titles.contains) == [
            "A-steg", "Alfa", "Émile", "Målet", "Om", "Zeta", "Åsa", "Ämne", "Ärende", "Ö-steg", "Östra", "Översikt",
        ])
    }
}
