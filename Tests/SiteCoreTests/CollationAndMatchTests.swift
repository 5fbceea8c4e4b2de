import Testing
import SiteCore

@Suite struct CollationAndMatchTests {
    @Test func swedishLettersSortAfterZ() {
        let titles = ["Övrigt", "Arbete", "Ängel", "Åtgärd", "Zebra", "Élan", "ägg"]
        #expect(titles.sorted(by: SwedishCollation.areInIncreasingOrder)
            == ["Arbete", "Élan", "Zebra", "Åtgärd", "ägg", "Ängel", "Övrigt"])
    }

    @Test func sortedByTitleBreaksTiesByCaseThenByTheGivenOrder() {
        let items = [("ab", 1), ("Åa", 2), ("B", 9), ("A", 3), ("Ab", 4), ("a", 5), ("Z", 6), ("B", 7), ("Éa", 8)]
        let sorted = SwedishCollation.sorted(items, by: \.0, tieBreak: { $0.1 < $1.1 })
        #expect(sorted.map(\.1) == [3, 5, 4, 1, 7, 9, 8, 6, 2])
    }

    @Test(arguments: [("Återaktualisering", "Å"), ("kbt", "K"), ("19–23 år", "#"), ("Ölands", "Ö"), ("Élan", "E")])
    func registerLetters(title: String, letter: String) {
        #expect(SwedishCollation.registerLetter(title) == letter)
    }

    @Test func nearestCandidatesIgnoreDiacritics() {
        let options = ["arbetsprovning", "arbetstraning", "praktik", "sysselsattning"]
        #expect(NearestMatch.candidates(for: "arbetsprövnng", among: options).first == "arbetsprovning")
        #expect(NearestMatch.candidates(for: "helt annat", among: options).isEmpty)
        #expect(NearestMatch.hint(for: "praktk", among: options) == "menade du \"praktik\"?")
    }
}
