import Testing
@testable import Statistics

/// Counts on tiny inline banks, read from the protected tables (k = 3).
struct AggregationTests {
    static let cases = [
        ("a", "arbete", "2012-01", "2012-06"), ("a", "arbete", "2012-01", "2012-08"), ("a", "studier", "2012-02", "2012-09"),
        ("a", "studier", "2012-02", "2013-05"), ("b", "stod", "2012-03", "2012-10"), ("b", "stod", "2012-03", "2013-06"),
        ("b", "stod", "2012-04", "2012-12"), ("b", "avbrott", "2012-04", "2012-05"), ("b", "avbrott", "2012-05", "2012-07"),
        ("a", "avbrott", "2012-05", "2012-09"),
    ]

    @Test func outcomesAreCountedByGroupWithShares() throws {
        let (statistics, diagnostics) = try StatisticsFixture.statistics(StatisticsFixture.bank(Self.cases))
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted() })")
        let table = try #require(statistics?.page(["statistik"])?.sections.first?.table)
        #expect(table.cell(row: "egen", column: "antal") == .number(4))
        #expect(table.cell(row: "egen", column: "andel") == .number(40))
        #expect(table.cell(row: "stod", column: "antal") == .number(3))
        #expect(table.cell(row: "avbrott", column: "antal") == .number(3))
        #expect(table.cell(row: "total", column: "antal") == .number(10))
    }

    @Test func fictionalCasesAreNotCounted() throws {
        var text = StatisticsFixture.bank(Self.cases).replacingOccurrences(
            of: "      avslutad: { etikett: Avslutad, typ: manad }",
            with: "      avslutad: { etikett: Avslutad, typ: manad }\n      anonymisering: { etikett: Anonymisering, typ: val, varden: { sammansatt: Sammansatt, fiktiv: Fiktiv } }")
        text += "-- content/fall/nytt.md --\n---\ntitel: Nytt\nprojekt: p\nkommun: a\nutfall: arbete\nanonymisering: fiktiv\n---\nText.\n"
        let (statistics, _) = try StatisticsFixture.statistics(text)
        let table = try #require(statistics?.page(["statistik"])?.sections.first?.table)
        #expect(table.cell(row: "total", column: "antal") == .number(10), "a case written by kunskapsbank new is fiktiv until its writer says otherwise")
        #expect(table.cell(row: "egen", column: "antal") == .number(4))
    }

    @Test func dimensionTableCountsEachValueAndGroup() throws {
        // Aby: 4 egen, 3 stöd; Bby: 3 egen, 3 avbrott. No cell is below k = 3.
        let cases = [("a", "arbete"), ("a", "arbete"), ("a", "studier"), ("a", "studier"), ("a", "stod"), ("a", "stod"), ("a", "stod"),
                     ("b", "arbete"), ("b", "arbete"), ("b", "arbete"), ("b", "avbrott"), ("b", "avbrott"), ("b", "avbrott")]
        let (statistics, _) = try StatisticsFixture.statistics(StatisticsFixture.bank(cases.map { ($0.0, $0.1, "2012-01", "2012-05") }))
        let table = try #require(statistics?.page(["statistik", "kommun"])?.sections.first?.table)
        #expect(table.rows.map(\.label) == ["Aby", "Bby", "Samtliga"])
        #expect(table.cell(row: "a", column: "egen") == .number(4))
        #expect(table.cell(row: "a", column: "stod") == .number(3))
        #expect(table.cell(row: "a", column: "avbrott") == .number(0))
        #expect(table.cell(row: "b", column: "avbrott") == .number(3))
        #expect(table.cell(row: "a", column: "total") == .number(7))
        #expect(table.cell(row: "total", column: "total") == .number(13))
    }

    @Test func smallCellsAreHiddenAndTheirComplementsToo() throws {
        let (statistics, _) = try StatisticsFixture.statistics(StatisticsFixture.bank(Self.cases))
        let table = try #require(statistics?.page(["statistik", "kommun"])?.sections.first?.table)
        // Aby: 4 egen, 0 stöd, 1 avbrott; Bby: 0 egen, 3 stöd, 2 avbrott. Rows of 5 < 2k: no 0 %
        // shown, and the small cells' rows and columns need complements.
        #expect(table.cell(row: "a", column: "avbrott") == .suppressed(.small))
        #expect(table.cell(row: "b", column: "avbrott") == .suppressed(.small))
        #expect(table.cell(row: "a", column: "stod") == .suppressed(.attribute))
        #expect(table.cell(row: "a", column: "egen") == .suppressed(.complementary))
        #expect(table.cell(row: "a", column: "total") == .number(5))
        let detail = try #require(statistics?.page(["statistik"])?.sections[1].table)
        #expect(detail.cell(row: "arbete", column: "antal") == .suppressed(.small))
        #expect(detail.cell(row: "studier", column: "antal") == .suppressed(.small))
    }

    @Test func casesWithoutAProjectOrOutsideTheSectionAreHandled() throws {
        var text = StatisticsFixture.bank(Array(Self.cases.prefix(6)))
        text += "-- content/projekt/q.md --\n---\ntitel: Q\n---\n"
        let (statistics, _) = try StatisticsFixture.statistics(text)
        let projectPage = try #require(statistics?.page(["statistik", "projekt", "q"]))
        #expect(projectPage.sections.contains { $0.paragraphs.contains { $0.contains("inga fallbeskrivningar") } })
        #expect(statistics?.page(["statistik", "projekt", "p"])?.sections.first?.table?.cell(row: "total", column: "antal") == .number(6))
    }
}
