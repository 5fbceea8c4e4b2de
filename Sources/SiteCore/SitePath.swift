/// A path inside the published site, without a leading slash: `metoder/kartlaggning/` for a page
/// (a folder holding `index.html`), `assets/site.css` or `data/kostnader.csv` for a file.
///
/// Every link in the output is made relative with `relativeURL(to:)`, so the site works from any
/// sub-folder and from `file://`. Links to pages name `index.html` explicitly because browsers do
/// not resolve folder indexes on `file://`.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let segments: [String]
    public let isPage: Bool

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
        url.reserveCapacity(16 + 3 * (fromCount - common) + target.segments[common...].reduce(0) { $0 + $1.utf8.count + 1 })
        var first = true
        func append(_ part: String) {
            if !first { url += "/" }
            url += part
            first = false
        }
        for _ in common..<fromCount { append("..") }
        for segment in target.segments[common...] { append(percentEncodePathSegment(segment)) }
        if target.isPage { append("index.html") }
        guard let fragment, !fragment.isEmpty else { return url }
        return url + "#" + fragment
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
