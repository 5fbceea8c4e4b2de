/// A set of byte strings, each given a number in the order it was first seen: the distinct words of
/// one page (`WordWeights`) and of the whole bank (`SearchIndex`). Words are found by a hash the
/// caller computes (`TermTable.hash`) and compared as bytes, so no `String` is made or hashed per
/// word; the words' bytes are stored one after the other in one buffer.
struct TermTable: Sendable {
    /// Per slot: the number of the word there, or -1. Load stays at most one half.
    private var slots: [Int32]
    private(set) var hashes: [UInt64] = []
    /// Where each word's bytes end in `storage`; a word starts where the one before it ends.
    private var ends: [UInt32] = []
    /// The bytes of every word, in number order.
    private(set) var storage: [UInt8] = []

    init(capacity: Int = 512) {
        var slotCount = 64
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = Array(repeating: -1, count: slotCount)
        hashes.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    var count: Int { hashes.count }

    /// FNV-1a over `bytes`: the hash `number(of:hash:)` expects.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = fnvBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Where word `number`'s bytes are in `storage`.
    func range(of number: Int) -> Range<Int> {
        (number == 0 ? 0 : Int(ends[number - 1]))..<Int(ends[number])
    }

    /// The number of `word` (whose `hash` is `TermTable.hash(word)`), or nil if it is not here.
    func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let found = slot(of: word, hash: hash)
        return found.number < 0 ? nil : found.number
    }

    /// The number of `word` (whose `hash` is `TermTable.hash(word)`), added first if it is new;
    /// `isNew` tells which.
    mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, isNew: Bool) {
        let place = slot(of: word, hash: hash)
        if place.number >= 0 { return (place.number, false) }
        let number = hashes.count
        slots[place.slot] = Int32(number)
        hashes.append(hash)
        storage.append(contentsOf: word)
        ends.append(UInt32(storage.count))
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// The slot holding `word` and its number, or the empty slot where it belongs and -1.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, number: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let number = Int(slots[slot])
            if number < 0 { return (slot, -1) }
            if hashes[number] == hash, equals(number, word) { return (slot, number) }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: number)
        guard range.count == word.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            var index = 0
            while index < word.count {
                if stored[range.lowerBound + index] != word[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for number in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
