import SiteCore
import Testing

/// Values from the reference implementation (Python's `xxhash` 3, `xxhash.xxh64(b).intdigest()`),
/// covering every path: empty, single bytes, the 4- and 8-byte tails, and the 32-byte lanes.
struct XXHash64Tests {
    @Test(arguments: [
        ("", 0xef46_db37_51d8_e999 as UInt64),
        ("a", 0xd24e_c4f1_a98c_6e5b),
        ("abc", 0x44bc_2cf5_ad77_0999),
        ("Nobody inspects the spammish repetition", 0xfbce_a83c_8a37_8bf1),
        ("Kartläggning – åäö", 0xe067_8529_8fdf_deba),
    ])
    func matchesTheReferenceImplementation(text: String, expected: UInt64) {
        #expect(XXHash64.hash(text.utf8) == expected)
        #expect(XXHash64.hash(Array(text.utf8)) == expected)
    }

    @Test func matchesTheReferenceOnLongInput() {
        let bytes = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
        #expect(XXHash64.hash(bytes) == 0x8e03_c838_c596_036f)
    }
}
