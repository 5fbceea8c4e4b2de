/// A set of byte strings, each given a number in the order it was first seen: the distinct words of
/// the whole bank (`SearchIndex`; a page's own are in `WordWeights`). Words are found by a hash the
/// caller computes (`TermTable.hash`) and compared as bytes, so no `String` is made or hashed per
/// word; the words' bytes are stored one after the other in one buffer.
struct TermTable: Sendable {
    /// Per slot: 0 when empty, else the high half of the word's hash above its number + 1, so a
    /// probe compares hashes without leaving the slot array. Load stays at most one half.
    private var slots: [UInt64]
    private(set) var hashes: [UInt64] = []
    /// Where each word's bytes end in `storage`; a word starts where the one before it ends.
    private var ends: [UInt32] = []
    /// The bytes of every word, in number order.
    private(set) var storage: [UInt8] = []

    init(capacity: Int = 512) {
        var slotCount = 64
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        hashes.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    var count: Int { hashes.count }

    /// The hash `number(of:hash:)` expects: the bytes gathered eight at a time (little-endian,
    /// the last group padded with zeros), each group multiplied in, then the length and a final
    /// mix, so that the low bits (the slot) and the high bits (the tag kept in the slot) depend on
    /// every byte. A search word is one or two groups: one multiplication where a byte-at-a-time
    /// hash (FNV-1a, before) made six, and 10 % less time for a page's words. `FoldedWords` builds
    /// the same value as it folds, with `seed`, `combine` and `finish`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            chunk |= UInt64(byte) &<< shift
            shift &+= 8
            if shift == 64 {
                hash = combine(hash, chunk)
                chunk = 0
                shift = 0
            }
        }
        if shift > 0 { hash = combine(hash, chunk) }
        return finish(hash, count: bytes.count)
    }

    @inline(__always) static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// Takes in the next eight bytes.
    @inline(__always)
    static func combine(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Takes in the length and mixes the high bits into the low ones.
    @inline(__always)
    static func finish(_ hash: UInt64, count: Int) -> UInt64 {
        var hash = hash ^ UInt64(truncatingIfNeeded: count)
        hash ^= hash &>> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash &>> 32)
    }

    /// Where word `number`'s bytes are in `storage`.
    func range(of number: Int) -> Range<Int> {
        (number == 0 ? 0 : Int(ends[number - 1]))..<Int(ends[number])
    }

    /// The number of `word` (whose `hash` is `TermTable.hash(word)`), added first if it is new;
    /// `isNew` tells which.
    mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, isNew: Bool) {
        let place = slot(of: word, hash: hash)
        if place.number >= 0 { return (place.number, false) }
        let number = hashes.count
        slots[place.slot] = (hash & Self.tagMask) | UInt64(number + 1)
        hashes.append(hash)
        storage.append(contentsOf: word)
        ends.append(UInt32(storage.count))
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The slot holding `word` and its number, or the empty slot where it belongs and -1.
    /// On unchecked buffers: it runs once per word of every page.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, number: Int) {
        let tag = hash & Self.tagMask
        return slots.withUnsafeBufferPointer { slots in
            ends.withUnsafeBufferPointer { ends in
                storage.withUnsafeBufferPointer { stored in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (slot, -1) }
                        if entry & Self.tagMask == tag {
                            let number = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = number == 0 ? 0 : Int(ends[number - 1])
                            if Int(ends[number]) - start == word.count, Self.same(stored.baseAddress! + start, word) {
                                return (slot, number)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func same(_ stored: UnsafePointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < word.count {
            if stored[index] != word[index] { return false }
            index += 1
        }
        return true
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hashes[number] & Self.tagMask) | UInt64(number + 1)
        }
    }
}
