import Testing
import SiteTesting

/// `kunskapsbank stats` prints the same protected tables as the pages.
@Suite struct StatsCommandTests {
    @Test func statsPrintsDrivesTablesWithTheSameSymbols() throws {
        let result = try ExitStatusTests().run(["stats", "--content", SiteTesting.repositoryRoot + "/content", "--sida", "statistik/projekt/drive"],
            in: SiteTesting.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("== Statistik: DRIVE =="))
        #expect(result.stdout.contains("Självförsörjning                      10   33 %"))
        #expect(result.stdout.contains("Studier                   Självförsörjning                      <5"))
        #expect(result.stdout.contains("1 920 000 kr"))
        #expect(result.stdout.contains("33 616 kr"))
    }

    @Test func unknownPageExitsTwo() throws {
        let result = try ExitStatusTests().run(["stats", "--content", SiteTesting.repositoryRoot + "/content", "--sida", "statistik/finns-inte"],
            in: SiteTesting.repositoryRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ingen statistiksida heter statistik/finns-inte"))
    }
}
