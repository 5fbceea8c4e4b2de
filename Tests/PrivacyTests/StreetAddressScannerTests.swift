import SiteTesting
import Testing
@testable import Privacy

/// The street-address scanner finds exactly what `CaseDetailRule.wordAndNumber` finds (matches
/// and the word group), on every text file of DRIVE and the hostile bank and on pseudo-random
/// texts of words, spaces, numbers and the characters where ICU's letters differ from Swift's.
@Suite struct StreetAddressScannerTests {
    /// Differences on the texts the scanner takes, how many it took and how many matches they held.
    static func compare(_ texts: [String]) -> (differences: [String], scanned: Int, matches: Int) {
        var differences: [String] = []
        var (scanned, matches) = (0, 0)
        for text in texts {
            guard let actual = StreetAddressScanner.matches(in: text) else { continue }
            scanned += 1
            let expected = ScannerDifferentialTests.offsets(CaseDetailRule.wordAndNumber.matches(in: text), in: text)
            matches += expected.count
            let found = ScannerDifferentialTests.offsets(actual, in: text)
            if found != expected { differences.append("\(text.debugDescription): regex \(expected), scanner \(found)") }
        }
        return (differences, scanned, matches)
    }

    @Test(arguments: ["content", "Tests/Fixtures/hostile/content"])
    func scannerMatchesTheExpressionOnEveryFileOfABank(folder: String) {
        let texts = ScannerDifferentialTests.textFiles(under: SiteTesting.repositoryRoot + "/" + folder)
        let (differences, scanned, _) = Self.compare(texts)
        #expect(differences.isEmpty, "\(differences.prefix(5).joined(separator: "\n"))")
        #expect(scanned > 0)
    }

    static let pieces = [
        "Storgatan", "gatan", "väg", "Ån", "ab", "a", "Z", "é", "ÅÄÖ", "ª", "º", "µ", "ſ", "ß", "ǅ", "ɏ", " ", " ", " ",
        "  ", "\t", "\n", "\u{A0}", "1", "2", "12", "123", "1234", "²", "½", "-", ".", ",", "–", "”", "…", "b", " b", " B",
        "B", " ſ", "x1", "_", "Storgatan 12", "Kungsvägen 3 b", "gränd 123", " 7", " 45a", "Torget 9", " 1 ",
    ]
    /// Characters that send a text to the expression.
    static let rarePieces = ["\u{212A}", "\u{345}", "ʰ", "ɐ", "٣", "\u{200D}", "\u{301}", "😀"]

    @Test func scannerMatchesTheExpressionOnPseudoRandomTexts() {
        var generator = SeededGenerator(state: 6_011_945)
        let texts = (0..<6000).map { _ in
            (0..<(1 + generator.next(14))).map { _ in
                generator.next(60) == 0 ? Self.rarePieces[generator.next(Self.rarePieces.count)] : Self.pieces[generator.next(Self.pieces.count)]
            }.joined()
        }
        let (differences, scanned, matches) = Self.compare(texts)
        #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(5).joined(separator: "\n"))")
        // Most texts are the scanner's, and they hold addresses to find.
        #expect(scanned > 3000 && matches > 300, "scanned \(scanned), matches \(matches)")
    }

    @Test(arguments: [
        ("Storgatan 12", 1), ("Storgatan 12b", 1), ("Storgatan 12 B i Nybro", 1), ("Storgatan 1234", 0), ("Storgatan  7", 1),
        ("år 2012", 0), ("Ab 12", 0), ("Storgatan 12ab", 0), ("bor på Storgatan 3 ſ", 1),
    ])
    func scannerFindsWordsWithHouseNumbers(text: String, count: Int) throws {
        let matches = try #require(StreetAddressScanner.matches(in: text))
        #expect(matches.count == count)
        #expect(CaseDetailRule.wordAndNumber.matches(in: text).count == count)
    }

    @Test(arguments: ["Kelvin\u{212A} 12", "x\u{345}yz 12", "Gata 12 \u{1F600}"])
    func textsWithCharactersICUReadsOtherwiseGoToTheExpression(text: String) {
        #expect(StreetAddressScanner.matches(in: text) == nil)
    }
}
