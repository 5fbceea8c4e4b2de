import Foundation
import Testing
@testable import SiteBuilder
import SiteTesting

/// The byte paths of the search index — folding and splitting words on UTF-8 (`FoldedWords`),
/// terms kept as bytes (`TermTable`), script literals escaped on bytes — against the `String`
/// paths that define them (`SearchIndex.words`, which folds with `Slug.fold`; `JavaScript.string`).
@Suite struct SearchWordBytesTests {
    /// Deterministic pseudo-random text (a linear congruential generator), so a failure repeats.
    struct RandomText {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }

        mutating func text(from alphabet: [Character], maxLength: Int) -> String {
            String((0..<next(maxLength + 1)).map { _ in alphabet[next(alphabet.count)] })
        }
    }

    static func driveTexts() throws -> [String] {
        let folder = SiteTesting.repositoryRoot + "/content"
        return try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }

    /// The words `FoldedWords` gives, and whether it got through the whole text.
    static func byteWords(_ text: String) -> (words: [String], complete: Bool) {
        var words: [String] = []
        let complete = FoldedWords.forEach(in: text) { word, hash in
            #expect(hash == TermTable.hash(word))
            words.append(String(decoding: word, as: UTF8.self))
        }
        return (words, complete)
    }

    /// Every DRIVE page goes through the byte path whole, and gives exactly `SearchIndex.words`.
    @Test func bytePathFoldsEveryDrivePageAsWordsDoes() throws {
        let texts = try Self.driveTexts()
        #expect(texts.count > 50)
        for text in texts {
            let (words, complete) = Self.byteWords(text)
            #expect(complete, "\(text.prefix(60))")
            #expect(words == SearchIndex.words(text), "\(text.prefix(60))")
        }
    }

    /// On mixed text the byte path either agrees with `words` or stops, having given only a
    /// prefix of its words.
    @Test func bytePathAgreesWithWordsOnRandomText() {
        let alphabet = Array("abzXYZ019 \n\t-.,:[]#*_/åäöÅÄÖéÉüßæÆøñçÿðÐ×÷–—‘’“”…«»\u{A0}\u{301}\u{30A}\u{20D0}\u{200D}\u{212A}łΩ½²µ🙂")
        var random = RandomText(state: 0x2012_2013)
        var completed = 0
        for _ in 0..<2_000 {
            let text = random.text(from: alphabet, maxLength: 40)
            let expected = SearchIndex.words(text)
            let (words, complete) = Self.byteWords(text)
            if complete {
                completed += 1
                #expect(words == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            } else {
                #expect(Array(expected.prefix(words.count)) == words, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(completed > 20)
    }

    /// Each character from U+0080 to U+036F, and the punctuation the byte path knows, between
    /// letters, at word edges and alone.
    @Test func bytePathFoldsEachCharacterAsSlugFoldDoes() {
        let scalars = (0x80...0x36F).compactMap(Unicode.Scalar.init) + ["\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2026}", "\u{2027}", "\u{2028}", "\u{20AC}"]
        for scalar in scalars {
            let character = String(scalar)
            let text = "Ab\(character)cD x\(character) \(character)yz \(character)\(character) q\(character)"
            let (words, complete) = Self.byteWords(text)
            if complete { #expect(words == SearchIndex.words(text), "U+\(String(scalar.value, radix: 16))") }
        }
        let (words, complete) = Self.byteWords("Åsa Ärlig Öberg – ”Kärnfrågan” … idé\u{A0}Straße Æble 2×3")
        #expect(complete)
        #expect(words == ["asa", "arlig", "oberg", "karnfragan", "ide", "strasse", "aeble"])
    }

    /// The word table of a page holds the same words and weights as `words` finds, stop words
    /// left out, also for words outside ASCII.
    @Test func pageTermsHoldEveryWordWithItsBestWeight() {
        var table = WordWeights()
        table.add("Łódź och Kartläggning", weight: 3)
        table.add("kartlaggning i łódź, ÖVER", weight: 2)
        table.add("Ωmega och mer", weight: 1)
        #expect(table.terms().dictionary == ["łodź": 3, "kartlaggning": 3, "ωmega": 1, "mer": 1])
    }

    /// A page with far more distinct words than its table first holds (its slots and bytes grow
    /// several times) keeps every word once with its best weight, long words too.
    @Test func pageTermsSurviveTheTableGrowing() {
        var table = WordWeights()
        var expected: [String: UInt32] = [:]
        for round in 1...3 {
            let words = (0..<3_000).filter { $0 % round == 0 }.map { "ord\($0)" + String(repeating: "x", count: $0 % 40) }
            table.add(words.joined(separator: " "), weight: UInt32(round))
            for word in words { expected[word] = UInt32(round) }
        }
        #expect(table.terms().dictionary == expected)
    }

    /// The index files of random documents, read back as `assets/sok.js` reads them, hold every
    /// word of every document with its best weight; serial and parallel indexes are the same bytes.
    @Test func indexFilesHoldEveryWordOfEveryDocument() throws {
        let alphabet = Array("abcdeåäöÖ Ωł\n.")
        var random = RandomText(state: 7)
        let documents = (0..<250).map { number in
            SearchIndex.Document(
                url: "fall/f\(number)/index.html", title: random.text(from: alphabet, maxLength: 12), section: "",
                summary: random.text(from: alphabet, maxLength: 20), text: random.text(from: alphabet, maxLength: 300))
        }
        let files = SearchIndex(documents: documents, parallel: true).files()
        #expect(files == SearchIndex(documents: documents, parallel: false).files())

        var tree: [String: String] = [:]
        for file in files { if let text = file.text { tree[file.path] = text } }
        let index = try SearchIndexReader(tree)
        var expected: [String: [Int: Int]] = [:]
        for (number, document) in documents.enumerated() {
            for (text, weight) in [(document.title, 3), (document.summary, 2), (document.text, 1)] {
                for word in SearchIndex.words(text) where !SearchIndex.stopWords.contains(word) {
                    expected[word, default: [:]][number] = max(expected[word]?[number] ?? 0, weight)
                }
            }
        }
        #expect(expected.keys.contains { !$0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(Set(index.terms.keys) == Set(expected.keys))
        for (term, postings) in index.terms {
            var document = -1
            var found: [Int: Int] = [:]
            for code in postings.split(separator: ",") {
                let value = try #require(Int(code, radix: 36))
                document += value / 4
                found[document] = value % 4
            }
            #expect(found == expected[term], "\(term)")
        }
        for (path, text) in tree where path.hasPrefix("sok/termer-") {
            let terms = text.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { String($0.split(separator: "\"")[0]) }
            #expect(terms == terms.sorted(), "\(path)")
        }
    }

    /// Script literals escaped on bytes are the literals `JavaScript.string` spells.
    @Test func byteLiteralsMatchJavaScriptString() {
        let alphabet = Array("ab\"\\<>/\n\r\t\u{0}\u{1}\u{1F}\u{7F} é\u{2027}\u{2028}\u{2029}\u{202A}€🙂")
        var random = RandomText(state: 2029)
        for _ in 0..<500 {
            let text = random.text(from: alphabet, maxLength: 30)
            var bytes: [UInt8] = []
            JavaScript.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == JavaScript.string(text), "\(text.debugDescription)")
        }
    }
}

/// The snippet worked out on bytes against the one worked out on `Character`s.
@Suite struct SearchSnippetTests {
    @Test func byteSnippetOfEveryDrivePageIsTheCharacterSnippet() throws {
        var fast = 0
        for text in try SearchWordBytesTests.driveTexts() {
            guard let snippet = SearchIndex.latin1Snippet(text) else { continue }
            fast += 1
            #expect(snippet == SearchIndex.characterSnippet(text))
        }
        #expect(fast > 50)
    }

    @Test func byteSnippetAgreesOnRandomText() {
        // Half the texts only of characters the byte path knows, half with others too.
        let known = Array("abc  \n\n\r\n\r\u{B}\u{C}åÄé\u{A0}\u{AD}–”…")
        let all = known + Array("\u{85}\u{2028}\u{301}\u{200D}🙂")
        var random = SearchWordBytesTests.RandomText(state: 1914)
        var fast = 0
        for number in 0..<1_500 {
            let text = random.text(from: number % 2 == 0 ? known : all, maxLength: 420)
            guard let snippet = SearchIndex.latin1Snippet(text) else { continue }
            fast += 1
            #expect(snippet == SearchIndex.characterSnippet(text), "\(text.debugDescription)")
        }
        #expect(fast > 30)
    }

    @Test(arguments: [199, 200, 201, 299, 300, 301, 302])
    func byteSnippetCutsAtTheSameWordNearTheLimits(length: Int) {
        for word in [1, 4, 9] {
            let text = String((0..<length).map { $0 % (word + 1) == word ? " " : ($0 % 7 == 0 ? "ö" : "a") })
            for variant in [text, text.replacingOccurrences(of: " ", with: "\n"), "\n\n" + text + "\n"] {
                #expect(SearchIndex.latin1Snippet(variant) == SearchIndex.characterSnippet(variant))
            }
        }
    }
}
