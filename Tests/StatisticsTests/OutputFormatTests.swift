import Foundation
import Testing
@testable import Statistics

/// Swedish number formats, and the downloads read back: CSV and JSON carry exactly the table.
struct OutputFormatTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        (StatisticsTable.Cell.number(33), StatisticsTable.Unit.percent, "33\u{00A0}%"),
        (.number(1_920_000), .kronor, "1\u{00A0}920\u{00A0}000\u{00A0}kr"),
        (.number(30), .count, "30"),
        (.suppressed(.small), .count, "<5"),
        (.suppressed(.complementary), .percent, ".."),
        (.notApplicable, .percent, "."),
    ])
    func cellsReadAsSwedishTablesWriteThem(cell: StatisticsTable.Cell, unit: StatisticsTable.Unit, shown: String) {
        #expect(CellFormat.text(cell, unit: unit, threshold: 5) == shown)
    }

    @Test func hiddenCellsHaveASpokenMeaning() {
        #expect(CellFormat.spoken(.suppressed(.small), threshold: 5) == "färre än 5")
        #expect(CellFormat.spoken(.number(3), threshold: 5) == nil)
    }

    @Test(arguments: [(20, 30, 67), (10, 30, 33), (5, 30, 17), (1, 8, 13), (0, 7, 0), (7, 7, 100)])
    func percentRoundsHalfUp(part: Int, whole: Int, percent: Int) {
        #expect(CellFormat.percent(part, of: whole) == percent)
    }

    static let table = StatisticsTable(
        id: "prov", title: "Prov, med \"citat\" och komma", rowHeading: "Grupp",
        columns: [.init(key: "namn", label: "Namn", unit: .text), .init(key: "antal", label: "Antal", unit: .count),
                  .init(key: "andel", label: "Andel", unit: .percent)],
        rows: [
            .init(key: "a", label: "A, första", cells: [.text("text \"x\""), .number(12), .number(40)]),
            .init(key: "b", label: "B", cells: [.text("y"), .suppressed(.small), .suppressed(.small)]),
            .init(key: "total", label: "Samtliga", cells: [.notApplicable, .number(30), .number(100)], isTotal: true),
        ],
        threshold: 5)

    @Test func csvRoundTripKeepsEveryCellAndItsStatus() throws {
        let text = TableExport.csv(Self.table)
        let rows = CSVReader.rows(text)
        #expect(rows.first == TableExport.csvHeader)
        let body = Array(rows.dropFirst())
        #expect(body.count == 9)
        #expect(body[0] == ["A, första", "Namn", "text \"x\"", "text", "ok"])
        #expect(body[1] == ["A, första", "Antal", "12", "antal", "ok"])
        #expect(body[4] == ["B", "Antal", "", "antal", "suppressed"])
        #expect(body[6] == ["Samtliga", "Namn", "", "text", "not_applicable"])
        #expect(!text.contains("<5"))
    }

    @Test func jsonRoundTripDecodesToTheSameTable() throws {
        let text = TableExport.json(Self.table)
        let decoded = try JSONDecoder().decode(TableExport.JSONTable.self, from: Data(text.utf8))
        #expect(decoded == TableExport.jsonValue(Self.table))
        #expect(decoded.rader[1].celler[1].varde == nil)
        #expect(decoded.rader[1].celler[1].status == "suppressed")
        #expect(decoded.rader[1].celler[1].visas == "<5")
        #expect(decoded.rader[0].celler[1].varde == .number(12))
        #expect(decoded.k == 5)
    }

    @Test func chartDrawsTheTableNumbersWithoutInlineStyles() throws {
        let svg = try #require(BarChart.svg(Self.table, id: "d1"))
        #expect(!svg.contains("style="))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains(">12<"))
        #expect(svg.contains(">&lt;5<"))
        #expect(!svg.contains(">30<"), "summaraden ritas inte")
        #expect(svg.contains("<title id=\"d1-titel\">") && svg.contains("<desc id=\"d1-beskrivning\">"))
        // One bar: the hidden cell gets its symbol and no bar.
        #expect(svg.components(separatedBy: "<rect x=\"0\"").count - 1 == 1)
    }

    @Test func terminalTextShowsTheSameSymbols() {
        let text = TableText.render(Self.table)
        #expect(text.contains("<5"))
        #expect(text.contains("40 %"))
        #expect(text.contains("Samtliga"))
    }
}
