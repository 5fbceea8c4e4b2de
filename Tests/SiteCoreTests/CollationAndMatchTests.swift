import Testing
import SiteCore

@Suite struct CollationAndMatchTests {
    @Test func swedishLettersSortAfterZ() {
        let titles = ["Övrigt", "Arbete", "Ängel", "Åtgärd", "Zebra", "Élan", "ägg"]
        #expect(titles.sorted(by: SwedishCollation.areInIncreasingOrder)
            == ["Arbete", "Élan", "Zebra", "Åtgärd", "ägg", "Ängel", "Övrigt"])
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
