/// A path inside the published site, without a leading slash: `metoder/kartlaggning/` for a page
/// (a folder holding `index.html`), `assets/site.css` or `data/kostnader.csv` for a file.
///
/// Every link in the output is made relative with `relativeURL(to:)`, so the site works from any
/// sub-folder and from `file://`. Links to pages name `index.html` explicitly because browsers do
/// not resolve folder indexes on `file://`.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let segments: [String]
    public let isPage: Bool
    /// Whether every segment is unreserved characters only, so links to the path need no
    /// percent-encoding (a path is made once and linked to from many pages).
    private let isPlain: Bool

    private init(segments: [String], isPage: Bool) {
        self.segments = segments
        self.isPage = isPage
        isPlain = segments.allSatisfy { $0.utf8.allSatisfy(isUnreservedByte) }
    }

    public static func == (a: SitePath, b: SitePath) -> Bool { a.isPage == b.isPage && a.segments == b.segments }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(segments)
        hasher.combine(isPage)
    }

    /// A page path (`["metoder", "kartlaggning"]` → `metoder/kartlaggning/`).
    public static func page(_ segments: [String]) -> SitePath {
        SitePath(segments: segments.filter { !$0.isEmpty }, isPage: true)
    }

    /// A file path (`"assets/site.css"`).
    public static func file(_ path: String) -> SitePath {
        SitePath(segments: path.split(separator: "/").map(String.init), isPage: false)
    }

    public static let root = SitePath.page([])

    /// The file written for this path, relative to the output folder.
    public var outputFile: String {
        isPage ? (segments + ["index.html"]).joined(separator: "/") : segments.joined(separator: "/")
    }

    public var description: String {
        isPage ? segments.map { $0 + "/" }.joined() : segments.joined(separator: "/")
    }

    /// The relative URL from a page at `self` to `target` (`../../trappan/arbetstraning/index.html`).
    public func relativeURL(to target: SitePath, fragment: String? = nil) -> String {
        // Built in one string: this runs for every link, list entry and menu item of every page.
        let fromCount = isPage ? segments.count : max(segments.count - 1, 0)
        let shared = target.isPage ? target.segments.count : target.segments.count - 1
        var common = 0
        while common < fromCount, common < shared, segments[common] == target.segments[common] { common += 1 }
        var url = ""
        var capacity = 3 * (fromCount - common) + 11 + (fragment.map { $0.utf8.count + 1 } ?? 0)
        for index in common..<target.segments.count { capacity += target.segments[index].utf8.count + 1 }
        url.reserveCapacity(capacity)
        var first = true
        for _ in common..<fromCount {
            url += first ? ".." : "/.."
            first = false
        }
        for index in common..<target.segments.count {
            if !first { url += "/" }
            url += target.isPlain ? target.segments[index] : percentEncodePathSegment(target.segments[index])
            first = false
        }
        if target.isPage { url += first ? "index.html" : "/index.html" }
        guard let fragment, !fragment.isEmpty else { return url }
        url += "#"
        url += fragment
        return url
    }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.outputFile < b.outputFile }
}

/// Percent-encodes everything outside the unreserved set, so file names with spaces, `#` or
/// non-ASCII letters still link correctly.
public func percentEncodePathSegment(_ segment: String) -> String {
    // Most segments are slugs: nothing to encode, and no new string to make.
    if segment.utf8.allSatisfy(isUnreservedByte) { return segment }
    var out = ""
    for byte in segment.utf8 {
        let scalar = Unicode.Scalar(byte)
        let unreserved = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar)
        if unreserved {
            out.unicodeScalars.append(scalar)
        } else {
            out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    return out
}

private func isUnreservedByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
        return true
    default:
        return false
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
