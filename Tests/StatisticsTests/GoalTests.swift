import Testing
@testable import Statistics

struct GoalTests {
    static let goals = """
          projekt:
            p:
              mal:
                - { namn: Minst 12 deltagare, matt: antal, minst: 12 }
                - { namn: Minst 30 % egen försörjning, matt: andel, grupp: egen, minst-procent: 30 }
                - { namn: Stöd inom 12 månader, matt: tid, varden: [stod], hogst-manader: 12 }
                - { namn: Ökad grad, matt: falt, falt: okad, varden: [ja], bland: [stod, avbrott], minst-procent: 75 }
        """

    @Test func goalsAreMetNotMetOrLackData() throws {
        let (statistics, diagnostics) = try StatisticsFixture.statistics(StatisticsFixture.bank(AggregationTests.cases, extra: Self.goals))
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted() })")
        let table = try #require(statistics?.page(["statistik", "projekt", "p"])?.sections.first?.table)
        #expect(table.title == "Måluppfyllelse")
        #expect(table.rows.map { $0.cells.last?.text } == ["ej uppfyllt", "uppfyllt", "ej uppfyllt", "saknar underlag"])
        #expect(table.rows[0].cells[0] == .number(10))
        #expect(table.rows[1].cells.prefix(3) == [.number(4), .number(10), .number(40)])
        // Two of three stöd cases within 12 months: 1 is below k, so both counts are hidden.
        #expect(table.rows[2].cells[0].status == .suppressed)
    }

    @Test func durationCountsFromStartAndEndMonths() {
        #expect(CountModel.durationClass(12, limit: 12) == .within)
        #expect(CountModel.durationClass(13, limit: 12) == .over)
        #expect(CountModel.durationClass(nil, limit: 12) == .unknown)
    }

    @Test(arguments: [
        ("  k: 2\n", "k: 2", "statistik.threshold"),
        ("  grupper:\n    - { nyckel: x, namn: X, varden: [arbete, okant] }\n", "okant", "statistik.unknown-value"),
        ("  samhallsvinst: { grupp: saknas, kronor-per-manad: 100 }\n", "saknas", "statistik.unknown-group"),
        ("  dimensioner: [kommunen]\n", "kommunen", "statistik.unknown-field"),
    ])
    func configMistakesAreReportedAtTheirLine(yaml: String, marker: String, rule: String) throws {
        var text = StatisticsFixture.configHead + "\nstatistik:\n  fall: fall\n  utfall: utfall\n" + yaml
        if !yaml.contains("grupper") { text += "  grupper:\n    - { nyckel: egen, namn: Egen, varden: [arbete, studier, stod, avbrott] }\n" }
        let (statistics, diagnostics) = try StatisticsFixture.statistics(text)
        let found = try #require(diagnostics.first { $0.rule == rule }, "\(diagnostics.map { $0.formatted() })")
        // The config file starts on the line after its "-- content/kunskapsbank.yml --" header.
        let expectedLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) } ?? -1
        #expect(found.location.line == expectedLine)
        #expect(found.location.file.hasSuffix("content/kunskapsbank.yml"))
        #expect(found.severity == .error)
        if rule != "statistik.threshold" { #expect(statistics == nil) }
    }

    @Test func thresholdIsNeverBelowThree() {
        let config = StatisticsConfig(threshold: 1, caseSection: "fall", outcomeField: "utfall", groups: [])
        #expect(config.threshold == 3)
        #expect(StatisticsConfig(caseSection: "fall", outcomeField: "utfall", groups: []).threshold == 5)
    }
}
