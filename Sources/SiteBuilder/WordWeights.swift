import SiteCore

/// The distinct words of a document with the best weight each has in it, as the search index
/// stores them (`SearchIndex.words`). Text is folded and split on its bytes (`FoldedWords`) and
/// each distinct word is kept once, as bytes in a `TermTable`: no `String` is made per word.
/// Words of text the byte path does not know go through `SearchIndex.words`; those still outside
/// ASCII after folding are kept as `String`s, so they meet as `String` equality says.
struct WordWeights {
    private var table: TermTable
    private var weights: [UInt8] = []
    private var other: [String: UInt32] = [:]

    init(expectedBytes: Int = 0) {
        table = TermTable(capacity: min(4096, max(128, expectedBytes / 16)))
    }

    /// Adds the words of `text` with `weight` (1–3), keeping each word's highest weight.
    mutating func add(_ text: String, weight: UInt32) {
        var text = text
        text.withUTF8 { add(utf8: $0, weight: weight) }
    }

    /// `add(_:weight:)` for text given as UTF-8 (made a `String` only when the byte path stops).
    mutating func add(utf8 text: [UInt8], weight: UInt32) {
        text.withUnsafeBufferPointer { add(utf8: $0, weight: weight) }
    }

    private mutating func add(utf8 text: UnsafeBufferPointer<UInt8>, weight: UInt32) {
        let complete = FoldedWords.forEach(in: text) { word, hash in insert(word, hash: hash, weight: weight) }
        guard !complete else { return }
        for word in SearchIndex.words(String(decoding: text, as: UTF8.self)) {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                var word = word
                word.withUTF8 { insert($0, hash: TermTable.hash($0), weight: weight) }
            } else {
                other[word] = max(other[word] ?? 0, weight)
            }
        }
    }

    /// The words with their weights, stop words left out.
    func terms() -> SearchIndex.Terms {
        var words: [SearchIndex.Terms.Word] = []
        words.reserveCapacity(table.count)
        for number in 0..<table.count {
            let range = table.range(of: number)
            if range.count <= StopWords.longest, StopWords.contains(table.storage[range], hash: table.hashes[number]) {
                continue
            }
            words.append(.init(
                hash: table.hashes[number], start: UInt32(range.lowerBound), end: UInt32(range.upperBound),
                weight: weights[number]))
        }
        return SearchIndex.Terms(storage: table.storage, words: words, other: other)
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, weight: UInt32) {
        let (number, isNew) = table.number(of: word, hash: hash)
        if isNew {
            weights.append(UInt8(weight))
        } else if weights[number] < UInt8(weight) {
            weights[number] = UInt8(weight)
        }
    }
}

/// `SearchIndex.stopWords` as a `TermTable`, so a word's bytes are checked without a `String`.
enum StopWords {
    static let longest = SearchIndex.stopWords.map(\.utf8.count).max() ?? 0

    private static let table: TermTable = {
        var table = TermTable(capacity: SearchIndex.stopWords.count)
        for word in SearchIndex.stopWords.sorted() {
            var word = word
            word.withUTF8 { _ = table.number(of: $0, hash: TermTable.hash($0)) }
        }
        return table
    }()

    static func contains(_ word: ArraySlice<UInt8>, hash: UInt64) -> Bool {
        word.withUnsafeBufferPointer { table.find($0, hash: hash) != nil }
    }
}
