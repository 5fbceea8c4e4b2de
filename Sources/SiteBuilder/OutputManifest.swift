import SiteCore

/// What the last build wrote: a stable hash of every file's bytes, kept in the output folder's
/// marker file, so the next build can link unchanged files instead of writing them again.
struct OutputManifest: Sendable, Equatable {
    static let header = "Skapad av kunskapsbank. Mappen ersätts vid varje bygge. Rader: kontrollsumma och fil."

    var hashes: [String: UInt64] = [:]

    init(hashes: [String: UInt64] = [:]) { self.hashes = hashes }

    /// Reads a marker file's text; anything unreadable just means "nothing known".
    init(parsing text: String) {
        for line in text.split(separator: "\n").dropFirst() {
            guard let space = line.firstIndex(of: " "), let hash = UInt64(line[..<space], radix: 16) else { continue }
            hashes[String(line[line.index(after: space)...])] = hash
        }
    }

    var text: String {
        ([Self.header] + hashes.keys.sorted().map { String(hashes[$0] ?? 0, radix: 16) + " " + $0 }).joined(separator: "\n") + "\n"
    }

    /// xxHash64: stable across runs and machines (Swift's `Hasher` is seeded per process), and
    /// several times faster than byte-at-a-time FNV-1a on the 100 MB a 10 000-page bank writes.
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        XXHash64.hash(bytes)
    }
}
