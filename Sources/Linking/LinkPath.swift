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
        guard isASCII(source) else { return nil }
        let segments = source.utf8.split(separator: UInt8(ascii: "/"))
        var folder: [UInt8] = []
        for segment in segments.dropLast() {
            if !folder.isEmpty { folder.append(UInt8(ascii: "/")) }
            folder.append(contentsOf: segment)
        }
        return folder
    }

    /// `url` before and after its first `#` (nil fragment without one).
    static func splitASCII(_ url: String) -> (String, String?) {
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.utf8.index(after: hash)...]))
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
