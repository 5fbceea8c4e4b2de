/// xxHash64 (seed 0) by Yann Collet: a fast, well-mixed, stable 64-bit hash of bytes. It reads
/// eight bytes at a time in four independent lanes, so it runs several times faster than a
/// byte-at-a-time hash on the megabytes of HTML a build writes. Not cryptographic.
/// Reference: https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md
public enum XXHash64 {
    private static let p1: UInt64 = 11_400_714_785_074_694_791
    private static let p2: UInt64 = 14_029_467_366_897_019_727
    private static let p3: UInt64 = 1_609_587_929_392_839_161
    private static let p4: UInt64 = 9_650_029_242_287_828_579
    private static let p5: UInt64 = 2_870_177_450_012_600_261

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        if let hash = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return hash }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var at = 0
        var hash: UInt64
        if count >= 32 {
            var v1 = p1 &+ p2, v2 = p2, v3: UInt64 = 0, v4 = 0 &- p1
            while at + 32 <= count {
                v1 = round(v1, word(bytes, at))
                v2 = round(v2, word(bytes, at + 8))
                v3 = round(v3, word(bytes, at + 16))
                v4 = round(v4, word(bytes, at + 24))
                at += 32
            }
            hash = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
            for lane in [v1, v2, v3, v4] { hash = (hash ^ round(0, lane)) &* p1 &+ p4 }
        } else {
            hash = p5
        }
        hash &+= UInt64(count)
        while at + 8 <= count {
            hash = rotate(hash ^ round(0, word(bytes, at)), 27) &* p1 &+ p4
            at += 8
        }
        if at + 4 <= count {
            hash = rotate(hash ^ (UInt64(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) &* p1), 23) &* p2 &+ p3
            at += 4
        }
        while at < count {
            hash = rotate(hash ^ (UInt64(bytes[at]) &* p5), 11) &* p1
            at += 1
        }
        hash ^= hash >> 33
        hash &*= p2
        hash ^= hash >> 29
        hash &*= p3
        hash ^= hash >> 32
        return hash
    }

    @inline(__always) private static func word(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
    }

    @inline(__always) private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
