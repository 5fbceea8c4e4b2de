import SiteCore
import Testing
@testable import Privacy

@Suite struct CaseDetailRuleTests {
    let rule = CaseDetailRule(severities: [:])

    func found(_ text: String) -> [(rule: String, text: String)] {
        rule.findings(in: text, acceptanceHint: "").map { ($0.rule, String(text[$0.range])) }
    }

    @Test(arguments: [
        ("Ring 0481-450 00 i morgon.", "integritet.telefonnummer", "0481-450 00"),
        ("Mobil 070-123 45 67.", "integritet.telefonnummer", "070-123 45 67"),
        ("Mobil 0701234567.", "integritet.telefonnummer", "0701234567"),
        ("Nås på +46 70 123 45 67.", "integritet.telefonnummer", "+46 70 123 45 67"),
        ("Tel 08-123 456 78 2012", "integritet.telefonnummer", "08-123 456 78"),
        ("Skriv till anna.svensson@nybro.se.", "integritet.e-post", "anna.svensson@nybro.se"),
        ("Bor på Storgatan 12 B.", "integritet.adress", "Storgatan 12 B"),
        ("Flyttade till kungsvägen 3.", "integritet.adress", "kungsvägen 3"),
        ("Mötet 2012-03-14 blev en vändpunkt.", "integritet.datum", "2012-03-14"),
        ("Mötet den 3 maj blev en vändpunkt.", "integritet.datum", "den 3 maj"),
        ("Från 14 mars 2012 arbetade deltagaren.", "integritet.datum", "14 mars"),
        ("Den 3:e juni", "integritet.datum", "Den 3:e juni"),
        ("Mötet 14/3 2012.", "integritet.datum", "14/3 2012"),
        ("Mötet 14.3.2012.", "integritet.datum", "14.3.2012"),
        ("Deltagaren var 23 år.", "integritet.alder", "23 år"),
        ("En 23-årig kvinna.", "integritet.alder", "23-årig"),
        ("Den 23-åriga deltagaren.", "integritet.alder", "23-åriga"),
        ("Han fyllde 24 år under projektet.", "integritet.alder", "24 år"),
        ("vid 23 års ålder", "integritet.alder", "23 års"),
        ("Deltagaren, 22–23 år, började.", "integritet.alder", "22–23 år"),
    ])
    func personalDetailIsFound(text: String, rule expectedRule: String, match: String) {
        let found = found(text)
        #expect(found.count == 1, "\(text): \(found)")
        #expect(found.first?.rule == expectedRule)
        #expect(found.first?.text == match)
    }

    /// Phrases from the DRIVE bank and its report that must not trip the rule.
    @Test(arguments: [
        "19–29 år", "19-23 år", "18–30 år", "25–60 år", "mellan 19 och 23 år", "19–23-åringar",
        "inom 12 månader", "efter 2 månader", "inskriven: \"2012-03\"", "i maj 2012", "juni 2012",
        "kostnaden var 16 000 kr", "535 000 kronor", "473491", "fall-07", "steg 2 i trappan",
        "2012–2013", "under 25 år", "över 25 år", "i 20 år", "efter 15 år", "2-årig utbildning",
        "ett 3-årigt projekt", "kl. 10.30", "5 år senare", "20 år senare", "tolv månader", "2 veckor",
        "1/3 av deltagarna", "var 3:e månad", "Storgatan", "utbildningen 2012", "metod 1 och 2",
        "år 2012", "2 år", "under år 2013", "Handlingsplan 2", "drygt 20 år", "60 procent",
    ])
    func ordinaryTextIsNotFound(text: String) {
        #expect(found(text).isEmpty, "\(text): \(found(text))")
    }

    @Test func severitiesFollowTheConfiguration() {
        let rule = CaseDetailRule(severities: [.date: .warning])
        let found = rule.findings(in: "den 3 maj, 23 år", acceptanceHint: "")
        #expect(found.map(\.severity) == [.warning, .error])
    }

    @Test func everyPatternCompiles() {
        for pattern in CaseDetailRule.patterns + Acceptance.patterns { #expect(pattern.isValid) }
    }
}

@Suite struct ProtectedWordsTests {
    let words = ProtectedWords(listText: """
        # namn på deltagare
        Anna
        Åsa Öberg

        Kåremåla
        """)

    func found(_ text: String) -> [String] {
        words.occurrences(in: text).map { String(text[$0]) }
    }

    @Test(arguments: [
        ("Anna kom till mötet.", ["Anna"]),
        ("ANNA och anna", ["ANNA", "anna"]),
        ("Annas mamma", ["Annas"]),
        ("Asa Oberg flyttade", ["Asa Oberg"]),
        ("åsa\nöberg", ["åsa\nöberg"]),
        ("Hon bor i Karemala.", ["Karemala"]),
        ("Anna-Karin", ["Anna"]),
        ("Annalisa och Hanna", []),
        ("Åsa ensam", []),
    ])
    func wholeWordsMatchIgnoringCaseAndDiacritics(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test func aWordIsShownOnlyByItsFirstLetterAndLength() {
        #expect(ProtectedWords.describe("Kåremåla") == "\"K*******\" (8 tecken)")
        #expect(ProtectedWords.masked("Åsa Öberg") == "Å** *****")
    }
}
