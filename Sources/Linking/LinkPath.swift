/// Link destinations read as bytes: the fast path of `LinkResolver` for ASCII text, where a byte
/// is a character and splitting at `/`, `#` and `:` gives what splitting the `String` gives. Text
/// with other characters keeps the `String` path (a combining mark after `/` joins it into one
/// character there), so results never depend on which path was taken.
enum LinkPath {
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The folder of a source path (`metoder/kartlaggning.md` → `metoder`, empty segments dropped),
    /// nil when the path is not ASCII.
    static func asciiFolder(of source: String) -> [UInt8]? {
        var source = source
        return source.withUTF8 { bytes in
            // Without an empty segment (the usual path) the folder is all before the last `/`:
            // one pass instead of splitting into segments and joining them (0.15 % of a
            // 10 000-page build's samples before, under 0.02 % after).
            let slash = UInt8(ascii: "/")
            var lastSlash: Int?
            var clean = bytes.first != slash && bytes.last != slash
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == slash {
                    if lastSlash == offset - 1 { clean = false }
                    lastSlash = offset
                }
            }
            guard clean else { return folderDroppingEmptySegments(of: bytes) }
            return lastSlash.map { Array(bytes[..<$0]) } ?? []
        }
    }

    /// The folder of an ASCII source path with empty segments (`a//b.md`, `/a/b.md`, `a/`).
    private static func folderDroppingEmptySegments(of source: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let segments = source.split(separator: UInt8(ascii: "/"))
        var folder: [UInt8] = []
        for segment in segments.dropLast() {
            if !folder.isEmpty { folder.append(UInt8(ascii: "/")) }
            folder.append(contentsOf: segment)
        }
        return folder
    }

    /// `url` before and after its first `#` (nil fragment without one).
    static func splitASCII(_ url: String) -> (String, String?) {
        splitASCII(url, hashOffset: url.utf8.firstIndex(of: UInt8(ascii: "#")).map { url.utf8.distance(from: url.utf8.startIndex, to: $0) })
    }

    /// `url` before and after the `#` at byte `hashOffset` (its first, from `Scan`).
    static func splitASCII(_ url: String, hashOffset: Int?) -> (String, String?) {
        guard let hashOffset else { return (url, nil) }
        let hash = url.utf8.index(url.utf8.startIndex, offsetBy: hashOffset)
        return (String(url[..<hash]), String(url[url.utf8.index(after: hash)...]))
    }

    /// What the link resolver asks of a destination's bytes, found in one pass over them: the
    /// separate `utf8.allSatisfy`, `contains` and `firstIndex` walks (each through `String`'s
    /// index type) it replaced cost 0.6 % of a 10 000-page build's samples, the pass 0.07 %.
    struct Scan {
        private(set) var isASCII = true
        private(set) var hasColon = false
        /// A `%` before the first `#` (anywhere when there is none): the path part needs decoding.
        private(set) var hasPercentBeforeHash = false
        /// The byte offset of the first `#`.
        private(set) var hashOffset: Int?

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { bytes in
                var scan = Scan()
                for (offset, byte) in bytes.enumerated() {
                    switch byte {
                    case 0x80...: scan.isASCII = false
                    case UInt8(ascii: ":"): scan.hasColon = true
                    case UInt8(ascii: "%"): if scan.hashOffset == nil { scan.hasPercentBeforeHash = true }
                    case UInt8(ascii: "#"): if scan.hashOffset == nil { scan.hashOffset = offset }
                    default: break
                    }
                }
                return scan
            }
        }

        private init() {}
    }

    /// Whether `url` starts with a scheme (`https:`, `mailto:`): letters, digits and `+-.` before
    /// its first colon.
    static func hasSchemeASCII(_ url: String) -> Bool {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = url.utf8[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                true
            default: false
            }
        }
    }

    /// `path` (ASCII) resolved against `folder` (`asciiFolder(of:)`): `.` skipped, `..` climbs,
    /// empty segments dropped, a trailing `/` kept; nil when it climbs above the content root.
    static func normaliseASCII(_ path: String, folder: [UInt8]) -> String? {
        var path = path
        return path.withUTF8 { normalise($0, folder: folder) }
    }

    private static func normalise(_ bytes: UnsafeBufferPointer<UInt8>, folder: [UInt8]) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var out = folder
        out.reserveCapacity(folder.count + bytes.count + 1)
        var start = 0
        // A segment ends at each `/` and at the end of the path.
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            defer { start = end + 1 }
            let length = end - start
            if length == 0 || (length == 1 && bytes[start] == dot) { continue }
            if length == 2, bytes[start] == dot, bytes[start + 1] == dot {
                guard !out.isEmpty else { return nil }
                if let last = out.lastIndex(of: slash) { out.removeSubrange(last...) } else { out.removeAll(keepingCapacity: true) }
                continue
            }
            if !out.isEmpty { out.append(slash) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        if bytes.last == slash { out.append(slash) }
        return String(decoding: out, as: UTF8.self)
    }
}
