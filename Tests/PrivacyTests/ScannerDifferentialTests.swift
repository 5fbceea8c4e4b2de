import Foundation
import SiteTesting
import Testing
@testable import Privacy

/// The hand-written byte scanners find exactly what the regular expressions they replace find:
/// the same matches and groups, over every text file of DRIVE and the hostile bank and thousands
/// of pseudo-random texts built from the characters the expressions care about.
@Suite struct ScannerDifferentialTests {
    /// A match as UTF-8 offsets, so indices made from UTF-16 (NSRegularExpression) and from UTF-8
    /// (the scanners) compare by position.
    struct Offsets: Equatable, CustomStringConvertible {
        var range: Range<Int>
        var groups: [Range<Int>?]
        var description: String { "\(range) \(groups.map { $0.map { "\($0)" } ?? "nil" })" }
    }

    static func offsets(_ matches: [Pattern.Match], in text: String) -> [Offsets] {
        func offsets(_ range: Range<String.Index>) -> Range<Int> {
            text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(
                from: text.startIndex, to: range.upperBound)
        }
        return matches.map { Offsets(range: offsets($0.range), groups: $0.groups.map { $0.map(offsets) }) }
    }

    /// The scanners and their reference expressions, by name.
    static let scanners: [(name: String, scan: @Sendable (String) -> [Pattern.Match], reference: Pattern)] = [
        ("markdown-annotation", { Acceptance.scan($0, style: .markdown) }, Acceptance.markdownReference),
        ("hash-annotation", { Acceptance.scan($0, style: .hash) }, Acceptance.hashReference),
        ("identity-number", { IdentityNumber.matches(in: $0) }, IdentityNumber.referencePattern),
    ]

    /// Differences between scanner and reference over `texts`, and how many reference matches
    /// the texts held.
    static func compare(_ texts: [String]) -> (differences: [String], matches: [String: Int]) {
        var differences: [String] = []
        var matches: [String: Int] = [:]
        for text in texts {
            for scanner in scanners {
                let expected = offsets(scanner.reference.matches(in: text), in: text)
                let actual = offsets(scanner.scan(text), in: text)
                matches[scanner.name, default: 0] += expected.count
                if expected != actual {
                    differences.append("\(scanner.name) in \(text.debugDescription): regex \(expected), scanner \(actual)")
                }
            }
        }
        return (differences, matches)
    }

    static func textFiles(under folder: String) -> [String] {
        let files = FileManager.default.subpaths(atPath: folder) ?? []
        return files.sorted().compactMap { path in
            guard ["md", "yml", "yaml", "csv", "txt", "json"].contains((path as NSString).pathExtension.lowercased()),
                let data = FileManager.default.contents(atPath: folder + "/" + path)
            else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test(arguments: ["content", "Tests/Fixtures/hostile/content"])
    func scannersMatchTheRegularExpressionsOnEveryFileOfABank(folder: String) {
        let texts = Self.textFiles(under: SiteTesting.repositoryRoot + "/" + folder)
        #expect(texts.count > 5)
        let (differences, _) = Self.compare(texts)
        #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
    }

    /// Pieces the expressions look at (markers in every case, the Kelvin sign that case-folds to
    /// `k`, white space in and out of `\s`, letters and numbers in and out of ASCII, combining
    /// marks, digit runs and separators) and some they must skip.
    static let pieces: [String] = [
        "<!--", "<!--", "-->", "-->", "<", "!", "-", "--", ">", "#", "#", "integritet", "integritet", "INTEGRITET",
        "Integritet", "integriteT", "intégritet", "ok", "ok", "OK", "Ok", "o\u{212A}", "\u{212A}", "ſ", "İ", "ı", "K",
        ":", ":", " ", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2028}",
        "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{1C}", "a", "é", "x", "–", "5", "٣", "²", "Ⅻ", "😀", "𝐀", "\u{301}",
        "\u{0308}", "_", ".", "19", "20", "0", "1", "2", "3", "6", "8", "9", "12", "640823", "811218", "3234",
        "9876", "+", "-", "1981", "123456", "0000", "12345", "å",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        let templates = [
            "<!--", " integritet", " :", " ok", " – skäl ", "-->", "\n", "# integritet: ok – skäl", "<!-- integritet: ok",
            "<!--\u{A0}Integritet\t:\nO\u{212A}", "<!-- integritet: ok – skäl -->", "#\tINTEGRITET :ok", "640823-3234",
            "19811218-9876", "121212+1212", "6408233234",
        ]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(1 + generator.next(24)) {
                // Mostly single pieces, sometimes the pieces of a whole annotation or number.
                text += generator.next(4) == 0 ? templates[generator.next(templates.count)] : pieces[generator.next(pieces.count)]
            }
            return text
        }
    }

    @Test func scannersMatchTheRegularExpressionsOnPseudoRandomTexts() {
        let (differences, matches) = Self.compare(Self.randomTexts(count: 4000, seed: 20_121_113))
        #expect(differences.isEmpty, "\(differences.count) differences, \(matches):\n\(differences.prefix(10).joined(separator: "\n"))")
        // The texts really exercise every expression.
        for scanner in Self.scanners { #expect(matches[scanner.name, default: 0] > 100, "\(scanner.name): \(matches)") }
    }

    @Test(arguments: [
        ("<!-- integritet: ok – skäl -->", 1), ("<!--INTEGRITET : O\u{212A} – skäl-->", 1), ("<!-- integritet: okej -->", 0),
        ("<!-- integritet: ok – skäl", 0), ("<!-- integritet: ok -- ok --> <!--integritet:ok-->", 2),
    ])
    func markdownScannerFindsAnnotations(text: String, count: Int) {
        #expect(Acceptance.scan(text, style: .markdown).count == count)
        #expect(Acceptance.markdownReference.matches(in: text).count == count)
    }
}

/// The case-detail rule's byte prefilters only skip expressions that cannot match: with and
/// without them it finds the same details in every text of DRIVE and the hostile bank and in
/// pseudo-random texts of numbers, separators and words.
@Suite struct CaseDetailPrefilterTests {
    static func findings(_ text: String, prefiltered: Bool) -> [String] {
        CaseDetailRule(severities: [:]).findings(in: text, acceptanceHint: "", prefiltered: prefiltered).map { finding in
            "\(finding.rule) \(text.utf8.distance(from: text.startIndex, to: finding.range.lowerBound)) \(finding.what)"
        }
    }

    static func differences(_ texts: [String]) -> (differences: [String], findings: Int) {
        var differences: [String] = []
        var count = 0
        for text in texts {
            let expected = findings(text, prefiltered: false)
            count += expected.count
            let actual = findings(text, prefiltered: true)
            if expected != actual { differences.append("\(text.debugDescription): \(expected) ≠ \(actual)") }
        }
        return (differences, count)
    }

    @Test(arguments: ["content", "Tests/Fixtures/hostile/content"])
    func prefiltersChangeNothingOnABank(folder: String) {
        let (differences, _) = Self.differences(ScannerDifferentialTests.textFiles(under: SiteTesting.repositoryRoot + "/" + folder))
        #expect(differences.isEmpty, "\(differences.prefix(5).joined(separator: "\n"))")
    }

    static let pieces = [
        "0", "0", "1", "2", "4", "6", "7", "8", "9", "12", "19", "20", "2012", "46", "+46", "+", "-", "–", "/", ".", ",", " ", " ",
        "\n", "\t", "(0)", "a", "Å", "é", "den ", "maj", "mars", "år", "ÅR", "årig", "Storgatan", "gatan", " och ", " till ",
        "@", "x@y.se", "_", "\u{A0}", "٣", "😀", "\u{301}", "+46 70-123 45 67", "+46(0)8 123 456", "070-123 45 67",
        "2012-03-14", "14/3 2012", "3 maj", "23 år", "Storgatan 12",
    ]

    @Test func prefiltersChangeNothingOnPseudoRandomTexts() {
        var generator = SeededGenerator(state: 46_481)
        let texts = (0..<4000).map { _ in
            (0..<(1 + generator.next(16))).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined()
        }
        let (differences, count) = Self.differences(texts)
        #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(5).joined(separator: "\n"))")
        #expect(count > 200, "the texts hold details to find")
    }
}
