import SiteCore

/// The search index, written as plain script files under `sok/` so that search works with no
/// server and from `file://`, where a page may not `fetch()` JSON but may load a same-origin
/// `<script src>` (allowed by the pages' `script-src 'self'`).
///
/// Words are folded as slugs are (`Slug.fold`: lower case, å/ä → a, ö → o), so `Kartläggning`,
/// `kartlaggning` and `KARTLÄGG` meet. The term dictionary is split into parts by the first one
/// or two letters of a term, and the documents into parts of `documentsPerPart`, so a search
/// loads only the parts its words need, also in a bank of 10 000 pages.
///
/// Files, all assigning to the global `kunskapsbankSok` (read by `assets/sok.js`):
/// - `sok/index.js`: format version, key length, the parts that exist, section names;
/// - `sok/termer-<nyckel>.js`: `term → postings`, postings being comma-separated base-36 numbers
///   `gap * 4 + weight` (gap between ascending document numbers; weight 3 title, 2 summary, 1 text);
/// - `sok/sidor-<n>.js`: `[url from the site root, title, section number, snippet]` per document.
struct SearchIndex {
    struct Document: Sendable {
        /// From the site root: `metoder/kartlaggning/index.html`.
        var url: String
        var title: String
        /// A section name, or empty for pages outside sections.
        var section: String
        var summary: String
        /// The page's text without markup, as UTF-8: folded into words on its bytes.
        var textUTF8: [UInt8]

        init(url: String, title: String, section: String, summary: String, text: String) {
            self.init(url: url, title: title, section: section, summary: summary, textUTF8: Array(text.utf8))
        }

        init(url: String, title: String, section: String, summary: String, textUTF8: [UInt8]) {
            self.url = url
            self.title = title
            self.section = section
            self.summary = summary
            self.textUTF8 = textUTF8
        }

        var text: String { String(decoding: textUTF8, as: UTF8.self) }
    }

    static let folder = "sok"
    static let documentsPerPart = 100
    static let snippetLength = 200
    /// Above this many bytes of term dictionary, parts are keyed by two letters instead of one.
    static let twoLetterThreshold = 400_000

    /// The most frequent Swedish function words: in nearly every page, so they would only make the
    /// index bigger and every result list as long as the bank. A query word equal to one of them
    /// is dropped unless it is the only word (see `assets/sok.js`, which holds the same list).
    static let stopWords: Set<String> = [
        "alla", "att", "av", "blev", "bli", "blir", "da", "de", "dem", "den", "denna", "deras", "dess", "det",
        "detta", "dig", "din", "ditt", "du", "efter", "ej", "eller", "en", "er", "ett", "fran", "for", "har",
        "hon", "hos", "han", "hade", "honom", "hur", "i", "inom", "inte", "jag", "kan", "man", "med", "men",
        "mig", "min", "mitt", "na", "nar", "nu", "och", "om", "oss", "pa", "sa", "sig", "sin", "sina", "sitt",
        "ska", "skulle", "som", "till", "under", "upp", "ut", "utan", "vad", "var", "vara", "vi", "vid", "vilka",
        "vilken", "vilket", "ar", "an", "at", "over",
    ]

    /// What the index keeps of one document: its row in `sidor-<n>.js` and its terms, each with its
    /// best weight in it (3 title, 2 summary, 1 text). Made on any core, while the page is rendered,
    /// so the bank's plain text never has to be held until the index is written.
    struct Entry: Sendable {
        var url: String
        var title: String
        var section: String
        var snippet: String
        var terms: Terms

        init(_ document: Document) {
            url = document.url
            title = document.title
            section = document.section
            snippet = SearchIndex.snippet(document)
            var words = WordWeights(expectedBytes: document.textUTF8.count)
            words.add(document.title, weight: 3)
            words.add(document.summary, weight: 2)
            words.add(utf8: document.textUTF8, weight: 1)
            terms = words.terms()
        }
    }

    /// The distinct terms of one document, without a `String` per term: their folded bytes one
    /// after the other, and per term where it is, its `TermTable.hash` and its weight.
    struct Terms: Sendable {
        struct Word: Sendable {
            var hash: UInt64
            var start: UInt32
            var end: UInt32
            var weight: UInt8
        }

        var storage: [UInt8]
        var words: [Word]
        /// Terms that are not ASCII after folding (rare in Swedish text), with their weights.
        var other: [String: UInt32]

        /// Term → weight, for tests.
        var dictionary: [String: UInt32] {
            var terms = other
            for word in words {
                terms[String(decoding: storage[Int(word.start)..<Int(word.end)], as: UTF8.self)] = UInt32(word.weight)
            }
            return terms
        }
    }

    private struct Row {
        var url: String
        var title: String
        var section: String
        var snippet: String
    }

    /// One row per document, in document order.
    private var rows: [Row] = []
    /// The bank's distinct ASCII terms, numbered in the order first seen.
    private var terms = TermTable(capacity: 8192)
    /// Per term number: postings `document number << 2 | weight`, in ascending document order.
    private var postings: [[UInt32]] = []
    /// The same for terms that are not ASCII after folding, keyed as `String`s.
    private var otherPostings: [String: [UInt32]] = [:]

    init() {}

    /// The index of `documents` (their entries made on all cores when `parallel`).
    init(documents: [Document], parallel: Bool = true) {
        for batch in chunks(documents, count: max(1, documents.count / 1024)) {
            for entry in parallelMap(Array(batch), parallel: parallel, Entry.init) { add(entry) }
        }
    }

    /// Appends a document: it gets the next document number.
    mutating func add(_ entry: Entry) {
        let number = UInt32(rows.count)
        rows.append(Row(url: entry.url, title: entry.title, section: entry.section, snippet: entry.snippet))
        entry.terms.storage.withUnsafeBufferPointer { storage in
            for word in entry.terms.words {
                let posting = number << 2 | UInt32(word.weight)
                let bytes = UnsafeBufferPointer(rebasing: storage[Int(word.start)..<Int(word.end)])
                let (term, isNew) = terms.number(of: bytes, hash: word.hash)
                if isNew { postings.append([posting]) } else { postings[term].append(posting) }
            }
        }
        for (word, weight) in entry.terms.other { otherPostings[word, default: []].append(number << 2 | weight) }
    }

    /// The words of `text` as the index stores them: folded, split at everything that is not a
    /// letter or digit, at least two characters long.
    static func words(_ text: String) -> [String] {
        let folded = Slug.fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(folded) }
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { $0.count >= 2 }
    }

    /// `words` for ASCII text, where every byte is a character: the same split without the cost of
    /// grapheme breaking and Unicode property look-ups (most folded Swedish text is ASCII).
    private static func asciiWords(_ folded: String) -> [String] {
        var folded = folded
        var words: [String] = []
        folded.withUTF8 { bytes in
            forEachASCIIWord(in: bytes) { words.append(String(decoding: $0, as: UTF8.self)) }
        }
        return words
    }

    /// Calls `body` with every run of ASCII letters and digits in `bytes` at least two long: the
    /// words of folded ASCII text, as `words` splits it.
    static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = -1
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                if start < 0 { start = index }
            } else if start >= 0 {
                if index - start >= 2 { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                start = -1
            }
        }
    }

    /// The part a term is stored in: its first `length` characters, spelled safely for a file name.
    static func partKey(_ term: String, length: Int) -> String {
        term.prefix(length).map { character -> String in
            let scalar = character.unicodeScalars.first.map { $0.value } ?? 0
            let isSafe = (0x61...0x7A).contains(scalar) || (0x30...0x39).contains(scalar)
            return isSafe && character.unicodeScalars.count == 1 ? String(character) : "_" + String(scalar, radix: 16)
        }.joined()
    }

    /// The files to write under `sok/`.
    func files() -> [OutputFile] {
        // A `String` per distinct term of the bank, made here once; every postings list by number.
        var lists = postings
        var named = (0..<terms.count).map { number in
            (term: String(decoding: terms.storage[terms.range(of: number)], as: UTF8.self), list: number)
        }
        for (term, list) in otherPostings {
            named.append((term, lists.count))
            lists.append(list)
        }
        named.sort { $0.term < $1.term }

        // Postings spelled out on all cores, a run of neighbouring terms each.
        let postings = lists
        let encoded = parallelMap(chunks(named, count: 32)) { run -> [(term: String, postings: [UInt8])] in
            run.map { term, list in
                var previous = -1
                var bytes: [UInt8] = []
                for posting in postings[list] {
                    let number = Int(posting >> 2)
                    if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
                    Self.appendBase36((number - previous) * 4 + Int(posting & 3), to: &bytes)
                    previous = number
                }
                return (term, bytes)
            }
        }.flatMap { $0 }
        let totalBytes = encoded.reduce(0) { $0 + $1.term.utf8.count + $1.postings.count + 6 }
        let keyLength = totalBytes > Self.twoLetterThreshold ? 2 : 1

        var parts: [String: [(term: String, postings: [UInt8])]] = [:]
        for entry in encoded { parts[Self.partKey(entry.term, length: keyLength), default: []].append(entry) }

        var sections: [String] = []
        var sectionNumbers: [String: Int] = [:]
        for row in rows where sectionNumbers[row.section] == nil {
            sectionNumbers[row.section] = sections.count
            sections.append(row.section)
        }

        var files = parallelMap(parts.sorted(by: { $0.key < $1.key })) { key, terms in
            var text: [UInt8] = []
            text.reserveCapacity(terms.reduce(64) { $0 + $1.term.utf8.count + $1.postings.count + 6 })
            text.append(contentsOf: "kunskapsbankSok.termer[".utf8)
            JavaScript.append(key, to: &text)
            text.append(contentsOf: "]={\n".utf8)
            for (number, term) in terms.enumerated() {
                if number > 0 { text.append(contentsOf: ",\n".utf8) }
                JavaScript.append(term.term, to: &text)
                text.append(contentsOf: ":\"".utf8)
                text.append(contentsOf: term.postings)  // base-36 digits and commas: nothing to escape
                text.append(UInt8(ascii: "\""))
            }
            text.append(contentsOf: "\n};\n".utf8)
            return OutputFile(path: "\(Self.folder)/termer-\(key).js", text: String(decoding: text, as: UTF8.self))
        }
        let documentParts = stride(from: 0, to: rows.count, by: Self.documentsPerPart).map {
            Array(rows[$0..<min($0 + Self.documentsPerPart, rows.count)])
        }
        let numbers = sectionNumbers
        files += parallelMap(Array(documentParts.enumerated())) { number, part in
            var text: [UInt8] = []
            text.append(contentsOf: "kunskapsbankSok.sidor[\(number)]=[\n".utf8)
            for (index, row) in part.enumerated() {
                if index > 0 { text.append(contentsOf: ",\n".utf8) }
                text.append(UInt8(ascii: "["))
                JavaScript.append(row.url, to: &text)
                text.append(UInt8(ascii: ","))
                JavaScript.append(row.title, to: &text)
                text.append(contentsOf: ",\(numbers[row.section] ?? 0),".utf8)
                JavaScript.append(row.snippet, to: &text)
                text.append(UInt8(ascii: "]"))
            }
            text.append(contentsOf: "\n];\n".utf8)
            return OutputFile(path: "\(Self.folder)/sidor-\(number).js", text: String(decoding: text, as: UTF8.self))
        }
        let meta = [
            "version:1",
            "nyckellangd:\(keyLength)",
            "sidorPerDel:\(Self.documentsPerPart)",
            "antal:\(rows.count)",
            "delar:[" + parts.keys.sorted().map(JavaScript.string).joined(separator: ",") + "]",
            "sektioner:[" + sections.map(JavaScript.string).joined(separator: ",") + "]",
            "stoppord:[" + Self.stopWords.sorted().map(JavaScript.string).joined(separator: ",") + "]",
            "termer:{}",
            "sidor:{}",
        ]
        files.append(OutputFile(
            path: "\(Self.folder)/index.js",
            text: "// Sökindex för kunskapsbanken, skrivet av kunskapsbank build. Läses av assets/sok.js.\n"
                + "var kunskapsbankSok={\n" + meta.joined(separator: ",\n") + "\n};\n"))
        return files
    }

    /// `value` (≥ 0) in base 36 with digits 0–9a–z, as `String(value, radix: 36)` spells it.
    static func appendBase36(_ value: Int, to bytes: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                let digit = UInt8(rest % 36)
                buffer[count] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                count += 1
                rest /= 36
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}

/// Literals for generated script files.
enum JavaScript {
    /// `string(text)` appended as UTF-8 to `bytes`, worked out on the bytes: the index files hold
    /// tens of thousands of these. Bytes that need no escape (every byte of nearly every term) are
    /// appended a run at a time, not one `append` each: 0.5 % of a 10k build's samples before, 0.13 %
    /// after.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < source.count {
                let byte = source[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < source.count && source[index + 1] == 0x80
                    && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9)
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
                    || isLineSeparator
                else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: #"\u003c"#.utf8)
                case 0..<0x20:
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hexDigits[Int(byte >> 4)])
                    bytes.append(hexDigits[Int(byte & 15)])
                default:
                    // U+2028 and U+2029 end a line in older JavaScript.
                    bytes.append(contentsOf: (source[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                    index += 2
                }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A double-quoted string literal that is safe anywhere in a script file.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
