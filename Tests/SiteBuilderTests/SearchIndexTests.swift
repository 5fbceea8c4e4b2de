import Foundation
import Testing
@testable import SiteBuilder
import SiteTesting

/// The search index under `sok/`: what the browser's `assets/sok.js` reads. The script's own
/// behaviour (loading parts, prefix matching, announcing results) is checked in Chromium by
/// `Tests/Browser/check_site.py`; here the index is decoded as the script decodes it.
@Suite struct SearchIndexTests {
    @Test(arguments: [
        ("Kartläggning", ["kartlaggning"]),
        ("ÖVERENSKOMMELSE och Arbetsprövning!", ["overenskommelse", "och", "arbetsprovning"]),
        ("DRIVE-projektet i Nybro 2012", ["drive", "projektet", "nybro", "2012"]),
        ("a b c", [String]()),
    ])
    func wordsAreFoldedLikeSlugs(text: String, words: [String]) {
        #expect(SearchIndex.words(text) == words)
    }

    @Test(arguments: [("kartlaggning", 1, "k"), ("kartlaggning", 2, "ka"), ("2012", 1, "2"), ("łodz", 1, "_142")])
    func partKeysAreSafeFileNames(term: String, length: Int, key: String) {
        #expect(SearchIndex.partKey(term, length: length) == key)
    }

    /// The byte-level word table must find exactly the words `words` finds, each with its best
    /// weight, stop words left out: checked on every DRIVE page and on random mixed text.
    @Test func wordTableAgreesWithWords() throws {
        func reference(_ texts: [(String, UInt32)]) -> [String: UInt32] {
            var terms: [String: UInt32] = [:]
            for (text, weight) in texts {
                for word in SearchIndex.words(text) where !SearchIndex.stopWords.contains(word) {
                    terms[word] = max(terms[word] ?? 0, weight)
                }
            }
            return terms
        }
        var samples: [[(String, UInt32)]] = []
        let contentFolder = SiteTesting.repositoryRoot + "/content"
        let files = try FileManager.default.subpathsOfDirectory(atPath: contentFolder).filter { $0.hasSuffix(".md") }
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOfFile: contentFolder + "/" + file, encoding: .utf8)
            samples.append([(file, 3), (String(text.prefix(200)), 2), (text, 1)])
        }
        // Deterministic pseudo-random text (a linear congruential generator), so a failure repeats.
        var state: UInt64 = 0x2012_2013
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("abcXYZ019 åäöÅÄÖéüłß-–.,\n\t[]#*_æøñ")
        for _ in 0..<300 {
            let text = String((0..<next(121)).map { _ in alphabet[next(alphabet.count)] })
            samples.append([(text, 1), (String(text.reversed()), 3)])
        }
        for sample in samples {
            var table = WordWeights()
            for (text, weight) in sample { table.add(text, weight: weight) }
            #expect(table.terms().dictionary == reference(sample), "\(sample.map(\.0).joined().prefix(80))")
        }
    }

    /// Postings are spelled in base 36 by hand; `sok.js` reads them with `parseInt(x, 36)`.
    @Test(arguments: [0, 1, 9, 10, 35, 36, 37, 1295, 1296, 40_003, Int(UInt32.max) * 4 + 3])
    func base36MatchesTheStandardLibrary(value: Int) {
        var bytes: [UInt8] = [UInt8(ascii: ",")]
        SearchIndex.appendBase36(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "," + String(value, radix: 36))
    }

    @Test func foldedPrefixFindsThePageWithTitleFirst() async throws {
        let (report, folder) = try await publishingBank().build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let index = try SearchIndexReader(tree)
        // "KARTLÄGG" as a reader types it: folded to "kartlagg", matched as a prefix.
        let hits = index.search(SearchIndex.words("KARTLÄGG")[0])
        #expect(hits.first?.url == "metoder/kartlaggning/index.html")
        #expect(hits.first?.weight == 3)
        #expect(Set(hits.map(\.url)) == ["metoder/kartlaggning/index.html", "fall/fall-01/index.html"])
        #expect(index.search("overenskommelsen").map(\.url) == ["metoder/kartlaggning/index.html"])
        #expect(index.rows.first { $0.url == "fall/fall-01/index.html" }?.section == "Fallbeskrivningar")
        #expect(index.rows.first { $0.url == "fall/fall-01/index.html" }?.snippet == "En deltagare som fick arbete.")
    }

    @Test func stopWordsAreLeftOutOfTheIndex() async throws {
        let (_, folder) = try await publishingBank().build()
        let index = try SearchIndexReader(SiteTesting.readTree(folder + "/site"))
        #expect(index.terms["och"] == nil)
        #expect(index.terms["myndigheter"] != nil)
        #expect(index.stopWords.contains("och"))
    }

    @Test func searchPageLoadsOnlySameOriginScriptsAndLinksTheRegister() async throws {
        let (_, folder) = try await publishingBank().build()
        let tree = SiteTesting.readTree(folder + "/site")
        let page = try #require(tree["sok/index.html"])
        #expect(page.contains(#"<script src="index.js" defer></script>"#))
        #expect(page.contains(#"<script src="../assets/sok.js" defer></script>"#))
        #expect(page.components(separatedBy: "<script").count == 3, "inga inline-skript")
        #expect(page.contains("<noscript>"))
        #expect(page.contains(#"href="../a-o/index.html""#))
        #expect(page.contains(#"role="status""#))
        #expect(page.contains(#"<label for="sok-fraga">"#))
        #expect(tree["assets/sok.js"]?.contains("fetch(") == false, "fetch fungerar inte från file://")
        let start = try #require(tree["metoder/kartlaggning/index.html"])
        #expect(start.contains(#"<a class="sidhuvud-sok" href="../../sok/index.html">Sök</a>"#))
    }

    @Test func aLargeIndexIsSplitByTwoLetters() {
        // Enough distinct words to pass the threshold for two-letter parts.
        let documents = (0..<2_000).map { number in
            SearchIndex.Document(
                url: "fall/f\(number)/index.html", title: "Fall \(number)", section: "Fall", summary: "",
                text: (0..<40).map { "ord\(number)x\($0) kartlaggning\(number % 7)" }.joined(separator: " "))
        }
        let files = Dictionary(uniqueKeysWithValues: SearchIndex(documents: documents).files().map { ($0.path, $0) })
        #expect(files["sok/termer-ka.js"] != nil)
        #expect(files["sok/termer-k.js"] == nil)
        #expect(files["sok/sidor-19.js"] != nil)
        #expect(files["sok/sidor-20.js"] == nil)
        guard case .text(let meta)? = files["sok/index.js"]?.body else { Issue.record("index.js saknas"); return }
        #expect(meta.contains("nyckellangd:2"))
        #expect(meta.contains("antal:2000"))
    }

    @Test func generatedScriptsEscapeEverythingThatCouldEndAString() {
        #expect(JavaScript.string("a\"b\\c</script>\n\u{2028}") == #""a\"b\\c\u003c/script>\n\u2028""#)
    }
}

/// Reads the generated index files the way `assets/sok.js` does.
struct SearchIndexReader {
    struct Row: Equatable { var url: String; var title: String; var section: String; var snippet: String }
    struct Hit { var url: String; var weight: Int }

    var terms: [String: String] = [:]
    var rows: [Row] = []
    var stopWords: [String] = []

    init(_ tree: [String: String]) throws {
        let meta = try #require(tree["sok/index.js"])
        let sections = Self.strings(in: try #require(Self.between(meta, "sektioner:[", "]")))
        stopWords = Self.strings(in: try #require(Self.between(meta, "stoppord:[", "]")))
        for (path, text) in tree where path.hasPrefix("sok/termer-") {
            for line in text.split(separator: "\n") where line.hasPrefix("\"") {
                let parts = Self.strings(in: String(line))
                if parts.count == 2 { terms[parts[0]] = parts[1] }
            }
        }
        for path in tree.keys.filter({ $0.hasPrefix("sok/sidor-") }).sorted() {
            for line in (tree[path] ?? "").split(separator: "\n") where line.hasPrefix("[") {
                let fields = Self.strings(in: String(line))
                let sectionNumber = line.split(separator: ",").dropFirst(2).first.flatMap { Int($0) } ?? 0
                rows.append(Row(url: fields[0], title: fields[1], section: sections[sectionNumber], snippet: fields.count > 2 ? fields[2] : ""))
            }
        }
    }

    /// Documents matching `word` as a prefix, best weight first.
    func search(_ word: String) -> [Hit] {
        var best: [Int: Int] = [:]
        for (term, postings) in terms where term.hasPrefix(word) {
            var document = -1
            for code in postings.split(separator: ",") {
                let number = Int(code, radix: 36) ?? 0
                document += number / 4
                best[document] = max(best[document] ?? 0, number % 4)
            }
        }
        return best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { Hit(url: rows[$0.key].url, weight: $0.value) }
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text[open.upperBound...].range(of: end) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// The double-quoted string literals in `text`, unescaped enough for these tests.
    private static func strings(in text: String) -> [String] {
        var found: [String] = []
        var current: String?
        var escaped = false
        for character in text {
            if var value = current {
                if escaped { value.append(character); escaped = false; current = value }
                else if character == "\\" { escaped = true }
                else if character == "\"" { found.append(value); current = nil }
                else { value.append(character); current = value }
            } else if character == "\"" {
                current = ""
            }
        }
        return found
    }
}
