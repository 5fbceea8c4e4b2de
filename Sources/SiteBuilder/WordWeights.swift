import SiteCore

/// The distinct words of a document with the best weight each has in it, as the search index
/// stores them (`SearchIndex.words`). Folded ASCII text — nearly all Swedish prose once å, ä and ö
/// are folded — is split on its bytes and a word's `String` is made once per distinct word, not
/// once per occurrence: most words of a page repeat, and making and hashing a `String` per
/// occurrence was the largest single cost of indexing a page.
struct WordWeights {
    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var weights: [UInt32] = []
    /// The bytes of every distinct ASCII word, one after the other.
    private var storage: [UInt8] = []
    /// Words of text that is not ASCII after folding.
    private var other: [String: UInt32] = [:]

    /// Adds the words of `text` with `weight`, keeping each word's highest weight.
    mutating func add(_ text: String, weight: UInt32) {
        var folded = Slug.fold(text)
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else {
            for word in SearchIndex.words(text) { other[word] = max(other[word] ?? 0, weight) }
            return
        }
        folded.withUTF8 { bytes in
            SearchIndex.forEachASCIIWord(in: bytes) { insert($0, weight: weight) }
        }
    }

    /// Word → best weight, stop words left out.
    func terms() -> [String: UInt32] {
        var terms = other
        terms.reserveCapacity(other.count + weights.count)
        for entry in weights.indices {
            let word = String(decoding: storage[starts[entry]..<(starts[entry] + lengths[entry])], as: UTF8.self)
            terms[word] = max(terms[word] ?? 0, weights[entry])
        }
        for word in SearchIndex.stopWords { terms[word] = nil }
        return terms
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, weight: UInt32) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, lengths[entry] == word.count,
                storage[starts[entry]..<(starts[entry] + word.count)].elementsEqual(word) {
                weights[entry] = max(weights[entry], weight)
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(weights.count)
        hashes.append(hash)
        starts.append(storage.count)
        lengths.append(word.count)
        weights.append(weight)
        storage.append(contentsOf: word)
        if weights.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots and places every entry again (load stays at most one half).
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry)
        }
    }
}
