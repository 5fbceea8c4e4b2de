import SiteCore

/// The distinct words of a document with the best weight each has in it, as the search index
/// stores them (`SearchIndex.words`). Text is folded and split on its bytes (`FoldedWords`) and
/// each distinct word is kept once, as bytes: no `String` is made per word. Words of text the byte
/// path does not know go through `SearchIndex.words`; those still outside ASCII after folding are
/// kept as `String`s, so they meet as `String` equality says.
///
/// It is a hash table of its own rather than a `TermTable`, on buffers it allocates and frees in
/// `deinit` (hence noncopyable: exactly one value owns them): a word found again costs no `Array`
/// uniqueness check, and each word's hash, place and weight sit together as the
/// `SearchIndex.Terms.Word` that `terms()` hands on. With the stop words checked as integers, the
/// words of the 10k corpus's 48 MB took 182 ms instead of 212 (micro-benchmark, one core), and
/// `SearchIndex.Entry.init` 17 % fewer samples of a whole build.
struct WordWeights: ~Copyable {
    /// Per slot: 0 when empty, else the high half of the word's hash above its number + 1 (as in
    /// `TermTable`). Load stays at most one half.
    private var slots: UnsafeMutableBufferPointer<UInt64>
    /// Per word number: its hash, where its bytes are in `storage`, its best weight.
    private var words: UnsafeMutableBufferPointer<SearchIndex.Terms.Word>
    private var count = 0
    /// The bytes of every word, in number order.
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private var storageCount = 0
    private var other: [String: UInt32] = [:]

    init(expectedBytes: Int = 0) {
        let capacity = min(4096, max(128, expectedBytes / 16))
        var slotCount = 64
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0)
        words = .allocate(capacity: slotCount / 2)
        storage = .allocate(capacity: capacity * 8)
    }

    deinit {
        slots.deallocate()
        words.deallocate()
        storage.deallocate()
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
        let complete = FoldedWords.forEach(in: text) { word, hash in insert(word, hash: hash, weight: UInt8(weight)) }
        guard !complete else { return }
        for word in SearchIndex.words(String(decoding: text, as: UTF8.self)) {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                var word = word
                word.withUTF8 { insert($0, hash: TermTable.hash($0), weight: UInt8(weight)) }
            } else {
                other[word] = max(other[word] ?? 0, weight)
            }
        }
    }

    /// The words with their weights, stop words left out.
    func terms() -> SearchIndex.Terms {
        var kept: [SearchIndex.Terms.Word] = []
        kept.reserveCapacity(count)
        StopWords.slots.withUnsafeBufferPointer { stopWords in
            for word in words[0..<count] {
                if word.end - word.start <= StopWords.longest,
                   StopWords.contains(UnsafeBufferPointer(rebasing: storage[Int(word.start)..<Int(word.end)]), hash: word.hash, in: stopWords) {
                    continue
                }
                kept.append(word)
            }
        }
        return SearchIndex.Terms(storage: Array(storage[0..<storageCount]), words: kept, other: other)
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, weight: UInt8) {
        let tag = hash & Self.tagMask
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & Self.tagMask == tag {
                let number = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                let found = words[number]
                if Int(found.end - found.start) == word.count, Self.same(storage, at: Int(found.start), word) {
                    if found.weight < weight { words[number].weight = weight }
                    return
                }
            }
            slot = (slot + 1) & mask
        }
        if storageCount + word.count > storage.count { growStorage(toHold: storageCount + word.count) }
        let start = storageCount
        _ = UnsafeMutableBufferPointer(rebasing: storage[start..<start + word.count]).initialize(from: word)
        storageCount += word.count
        slots[slot] = tag | UInt64(count + 1)
        words[count] = .init(hash: hash, start: UInt32(start), end: UInt32(storageCount), weight: weight)
        count += 1
        if count * 2 >= slots.count { growSlots() }
    }

    @inline(__always)
    private static func same(_ storage: UnsafeMutableBufferPointer<UInt8>, at start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < word.count {
            if storage[start + index] != word[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func growStorage(toHold needed: Int) {
        var capacity = storage.count * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        _ = grown.initialize(from: storage[0..<storageCount])
        storage.deallocate()
        storage = grown
    }

    /// Doubles the slots (and room for words) and places every word again.
    private mutating func growSlots() {
        let slotCount = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0)
        let grown = UnsafeMutableBufferPointer<SearchIndex.Terms.Word>.allocate(capacity: slotCount / 2)
        _ = grown.initialize(from: words[0..<count])
        words.deallocate()
        words = grown
        let mask = slotCount - 1
        for number in 0..<count {
            let hash = words[number].hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & Self.tagMask) | UInt64(number + 1)
        }
    }
}

/// `SearchIndex.stopWords` as a small hash table of their bytes, each read as one integer (they
/// are at most eight bytes and hold no zero byte, so the integer is the word), placed by
/// `TermTable.hash`: a page's word is checked with one probe or two and no `String`.
enum StopWords {
    static let longest = UInt32(SearchIndex.stopWords.map(\.utf8.count).max() ?? 0)

    /// Per slot: 0 when empty, else a stop word as `packed` gives it. Load at most one quarter.
    static let slots: [UInt64] = {
        var slotCount = 16
        while slotCount < SearchIndex.stopWords.count * 4 { slotCount *= 2 }
        var slots = [UInt64](repeating: 0, count: slotCount)
        for word in SearchIndex.stopWords {
            var word = word
            word.withUTF8 { bytes in
                precondition(bytes.count <= 8, "a stop word is at most eight bytes")
                var slot = Int(truncatingIfNeeded: TermTable.hash(bytes)) & (slotCount - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
                slots[slot] = packed(bytes)
            }
        }
        return slots
    }()

    /// Whether `word` (at most `longest` bytes, with its `TermTable.hash`) is a stop word; `slots`
    /// is `StopWords.slots`, passed as a pointer so the loop over a page's words reads it without
    /// a lazy-init check per word.
    @inline(__always)
    static func contains(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Bool {
        let value = packed(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] == value { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Up to eight bytes as a little-endian integer.
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() { value |= UInt64(byte) &<< (8 * UInt64(index)) }
        return value
    }
}
