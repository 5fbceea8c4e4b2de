import Foundation
import Testing
import SiteBuilder
import SiteTesting
@testable import Statistics

/// DRIVE's final report, recomputed from the 30 composite cases and the cost CSV with k = 5: every
/// figure the report may publish is on the pages, and what it must not publish is hidden everywhere.
@Suite(.serialized) struct DriveReproductionTests {
    static let site: [String: String] = {
        let output = (try? SiteTesting.temporaryFolder()).map { $0 + "/site" } ?? NSTemporaryDirectory() + "drive-site"
        let options = BuildOptions(contentFolder: SiteTesting.repositoryRoot + "/content", outputFolder: output, themesFolder: SiteTesting.defaultThemes)
        let semaphore = DispatchSemaphore(value: 0)
        Task { _ = await SiteBuilder.build(options); semaphore.signal() }
        semaphore.wait()
        return SiteTesting.readTree(output)
    }()

    static let nbsp = "\u{00A0}"

    static func row(_ label: String, _ cells: [String]) -> String {
        "<th scope=\"row\">\(label)</th>" + cells.map { "<td class=\"tal\">\($0)</td>" }.joined()
    }

    static func hidden(_ symbol: String, _ spoken: String) -> String {
        "<span aria-hidden=\"true\">\(symbol == "<5" ? "&lt;5" : symbol)</span><span class=\"visuellt-dold\">\(spoken)</span>"
    }

    @Test func driveStatisticsPageShowsTheReportsFigures() throws {
        let page = try #require(Self.site["statistik/projekt/drive/index.html"])
        let percent = Self.nbsp + "%"
        #expect(page.contains("Populationen är de 30 deltagare"))
        #expect(page.contains(Self.row("Självförsörjning", ["10", "33" + percent])))
        #expect(page.contains(Self.row("Ersättning från trygghetssystemen", ["10", "33" + percent])))
        #expect(page.contains(Self.row("Återaktualiserad hos IFO", ["5", "17" + percent])))
        #expect(page.contains(Self.row("Avslutad av annan orsak", ["5", "17" + percent])))
        #expect(page.contains(Self.row("Utan fortsatt försörjningsstöd", ["20", "30", "67" + percent])))
        #expect(page.contains("<td class=\"tal\">1\(Self.nbsp)920\(Self.nbsp)000\(Self.nbsp)kr</td>"))
        #expect(page.contains(Self.row("2012", ["535\(Self.nbsp)000\(Self.nbsp)kr", "473\(Self.nbsp)491\(Self.nbsp)kr", "61\(Self.nbsp)509\(Self.nbsp)kr"])))
        #expect(page.contains(Self.row("2013", ["535\(Self.nbsp)000\(Self.nbsp)kr", "535\(Self.nbsp)000\(Self.nbsp)kr", "0\(Self.nbsp)kr"])))
        #expect(page.contains(Self.row("2012–2013", ["1\(Self.nbsp)008\(Self.nbsp)491\(Self.nbsp)kr", "30", "33\(Self.nbsp)616\(Self.nbsp)kr"])))
        #expect(page.contains("16\(Self.nbsp)000\(Self.nbsp)kr per deltagare och månad för gruppen självförsörjning"))
    }

    @Test func goalsAreAssessedAsInTheReport() throws {
        let page = try #require(Self.site["statistik/projekt/drive/index.html"])
        let goals = try #require(page.components(separatedBy: "<caption id=\"tabell-1-rubrik\">Måluppfyllelse</caption>").dropFirst().first?
            .components(separatedBy: "</table>").first)
        #expect(goals.contains("40 deltagare under projekttiden (20 per år)</th><td class=\"tal\">30</td>"))
        #expect(goals.contains("Minst 30 % självförsörjande efter insatsen</th><td class=\"tal\">10</td><td class=\"tal\">30</td><td class=\"tal\">33\(Self.nbsp)%</td><td>uppfyllt</td>"))
        let rows = goals.components(separatedBy: "<tr>")
        let benefit = try #require(rows.first { $0.contains("Aktivitetsersättning inom 12 månader") })
        #expect(benefit.contains(Self.hidden("<5", "färre än 5")))
        #expect(benefit.contains("<td>ej uppfyllt</td>"))
        #expect(rows.first { $0.contains("40 deltagare") }?.contains("<td>ej uppfyllt</td>") == true)
        #expect(rows.first { $0.contains("ökat sin självförsörjningsgrad") }?.contains("<td>saknar underlag</td>") == true)
    }

    @Test func theReportsSplitsAreHiddenInEveryOutput() throws {
        for path in ["statistik/index.html", "statistik/projekt/drive/index.html"] {
            let page = try #require(Self.site[path])
            #expect(page.contains(Self.row("Arbete", []) + "<td>Självförsörjning</td><td class=\"tal\">" + Self.hidden("..", "uppgiften skyddas")), "\(path)")
            #expect(page.contains(Self.row("Studier", []) + "<td>Självförsörjning</td><td class=\"tal\">" + Self.hidden("<5", "färre än 5")), "\(path)")
            #expect(page.contains(Self.row("Aktivitetsersättning", []) + "<td>Ersättning från trygghetssystemen</td><td class=\"tal\">" + Self.hidden("..", "uppgiften skyddas")), "\(path)")
            #expect(page.contains(Self.row("Annan ersättning", []) + "<td>Ersättning från trygghetssystemen</td><td class=\"tal\">" + Self.hidden("<5", "färre än 5")), "\(path)")
        }
        let csv = try #require(Self.site["statistik/projekt/drive/utfall.csv"])
        #expect(csv.contains("Arbete,Antal,,antal,suppressed"))
        #expect(csv.contains("Studier,Antal,,antal,suppressed"))
        #expect(csv.contains("Återaktualiserad hos IFO,Antal,5,antal,ok"))
        let json = try #require(Self.site["statistik/projekt/drive/utfall.json"])
        let table = try JSONDecoder().decode(TableExport.JSONTable.self, from: Data(json.utf8))
        #expect(table.rader.first { $0.nyckel == "arbete" }?.celler.first { $0.kolumn == "antal" }?.varde == nil)
        for (path, text) in Self.site where path.hasPrefix("statistik/") && (path.hasSuffix(".csv") || path.hasSuffix(".json")) {
            #expect(!text.contains("<5") || path.hasSuffix(".json"), "\(path): symbolen hör inte hemma i CSV")
        }
    }

    @Test func noHiddenDriveCountCanBeRecomputed() throws {
        let (statistics, _) = SiteBuilder.statistics(contentFolder: SiteTesting.repositoryRoot + "/content")
        let drive = try #require(statistics)
        let ranges = DisclosureControl.audit(drive.problem, drive.decision)
        #expect(ranges.count > 20)
        for range in ranges {
            #expect(range.width >= 5, "dolt tal \(drive.problem.quantities[range.quantity].value): \(range.low)…\(range.high.map(String.init) ?? "∞")")
        }
        let detail = try #require(drive.page(["statistik", "projekt", "drive"])?.sections.first { $0.heading == "Utfall i detalj" }?.table)
        for value in ["arbete", "studier", "aktivitetsersattning", "annan-ersattning"] {
            #expect(detail.cell(row: value, column: "antal")?.status == .suppressed, "\(value)")
        }
    }

    static let caseFacts: Set<String> = ["Projekt", "Metoder", "Utfall", "Uppföljning"]

    @Test func casePagesShowOutcomeGroupsAndNothingThatSplitsThem() throws {
        let cases = Self.site.filter { $0.key.hasPrefix("fall/fall-") && $0.key.hasSuffix("/index.html") }
        #expect(cases.count == 30)
        var groups: [String: Int] = [:]
        for (path, html) in cases {
            let main = html.components(separatedBy: "<main").dropFirst().first?.components(separatedBy: "</main>").first ?? ""
            let facts = main.components(separatedBy: "<dt>").dropFirst().compactMap { $0.components(separatedBy: "</dt>").first }
            #expect(Set(facts).isSubset(of: Self.caseFacts), "\(path) visar \(facts)")
            let outcome = main.components(separatedBy: "<dt>Utfall</dt>\n<dd>").dropFirst().first?.components(separatedBy: "</dd>").first ?? ""
            groups[outcome, default: 0] += 1
            let lowered = main.lowercased()
            for word in ["nybro", "emmaboda", "tolv månader", "mer än ett år", "2012", "2013"] {
                #expect(!lowered.contains(word), "\(path) nämner \(word)")
            }
            let forbidden: [String] = switch outcome {
            case "Självförsörjning": ["anställning", "lönebidrag", "studiemedel", "utbildning", "gymnasiebehörighet", "trappan/praktik/", "trappan/arbetstraning/", "studera", "läsa klart"]
            case "Ersättning från trygghetssystemen": ["aktivitetsersättning", "aktivitetsstöd", "utvecklingsersättning", "program", "arbetsförmåga saknades", "arbetsförmåga med rätt stöd"]
            default: []
            }
            // The background may tell the participant's history; from the efforts onwards, and in the
            // title, summary and follow-up, nothing may tell which outcome within the group it was.
            let head = lowered.components(separatedBy: "<div class=\"brodtext\">").first ?? lowered
            let story = lowered.components(separatedBy: "<h2 id=\"insatser\">").dropFirst().joined()
            for word in forbidden {
                #expect(!story.contains(word), "\(path) (\(outcome)) avslöjar \"\(word)\" i texten")
                #expect(!head.contains(word), "\(path) (\(outcome)) avslöjar \"\(word)\" i rubrik, sammanfattning eller fakta")
            }
        }
        #expect(groups == ["Självförsörjning": 10, "Ersättning från trygghetssystemen": 10, "Återaktualiserad hos IFO": 5, "Avslutad av annan orsak": 5])
        let listing = try #require(Self.site["fall/index.html"]?.components(separatedBy: "</main>").first)
        for label in ["Arbete<", "Studier<", "Aktivitetsersättning<", "Annan ersättning<", "Nybro", "Emmaboda", "19–23 år"] {
            #expect(!listing.contains(label), "fall/index.html visar \(label)")
        }
    }

    @Test func methodPagesCountOutcomesThroughTheProtectedTable() throws {
        let mapping = try #require(Self.site["metoder/kartlaggning/index.html"])
        #expect(mapping.contains(Self.row("Kartläggning", ["10", "10", "5", "5", "30"])))
        let followUp = try #require(Self.site["metoder/uppfoljning-efter-avslut/index.html"])
        #expect(followUp.contains("<caption id=\"utfall-sammanfattning-rubrik\">"))
        #expect(followUp.contains(Self.hidden("<5", "färre än 5")))
    }

    @Test func statisticsAreInTheNavigationOfEveryPage() throws {
        let start = try #require(Self.site["index.html"])
        #expect(start.contains("<a href=\"statistik/index.html\">Statistik</a>"))
        let stats = try #require(Self.site["statistik/kommun/index.html"])
        #expect(stats.contains("<a href=\"../index.html\" aria-current=\"page\">Statistik</a>"))
        for path in ["statistik/kommun/utfall-per-kommun.csv", "statistik/metod/utfall-per-metod.json", "statistik/projekt/drive/kostnader.csv"] {
            #expect(Self.site[path] != nil, "\(path) saknas")
        }
        for (path, html) in Self.site where path.hasPrefix("statistik/") && path.hasSuffix(".html") {
            #expect(!html.contains(" style="), "\(path) har inline-stil")
        }
    }
}
