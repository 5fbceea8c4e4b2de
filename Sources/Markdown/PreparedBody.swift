import Foundation
import SiteCore

/// A page's HTML rendered once, before the link stage has answered, with a hole around every link
/// and image: `html(applying:)` fills the holes with the link stage's rewrites and gives exactly
/// what `MarkdownDocument.applyLinks` followed by `renderHTML` gives. It lets a build parse each
/// page once: the tree is freed after the outline pass, and only this text waits for the links.
///
/// A hole is the link's own cmark HTML (`<a href="…" title="…">…</a>`, `<img src="…" alt="…" />`)
/// between two private-use markers. Whatever cannot be filled exactly (a link inside an image's
/// alt text, a marker character in the author's text, a rewrite cmark would render differently)
/// makes `html(applying:)` hand back nil: the caller then parses the page again and rewrites the tree.
public struct PreparedBody: Sendable {
    struct Hole: Sendable {
        /// Index in the document's `links`.
        var link: Int
        var isImage: Bool
        /// The link's only child is plain text (what `.replace(url:text:)` may relabel).
        var hasPlainText: Bool
        /// The link has no children (an image without alt text).
        var isEmpty: Bool

        /// `.external` marks only links to `http:` and `https:` addresses.
        var isWeb: Bool {
            let lower = destination.prefix(8).lowercased()
            return lower.hasPrefix("https://") || lower.hasPrefix("http://")
        }
        var destination: String
        var title: String
    }

    static let opening: Unicode.Scalar = "\u{E000}"
    static let closing: Unicode.Scalar = "\u{E001}"

    /// cmark's HTML with the markers, as UTF-8.
    let html: [UInt8]
    let holes: [Hole]
    /// cmark's safe mode: a URL it considers dangerous renders as an empty `href`/`src`.
    let safe: Bool

    /// Whether some answer could still need the page's Markdown: an image whose alt text is more
    /// than plain text cannot be unlinked from its rendered form.
    public var needsSource: Bool { holes.contains { $0.isImage && !$0.hasPlainText && !$0.isEmpty } }

    /// A body whose holes are all where cmark put them: the markers pair up around cmark's own tags.
    init?(html: [UInt8], holes: [Hole], safe: Bool) {
        self.html = html
        self.holes = holes
        self.safe = safe
        guard self.html(applying: { _ in .keep }) != nil else { return nil }
    }

    /// Whether `bytes` (UTF-8) hold a hole marker.
    static func holdsMarker(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            // memchr for the lead byte: this runs over every page's whole source.
            while index < buffer.count, let found = memchr(base + index, 0xEE, buffer.count - index) {
                let lead = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if lead + 2 < buffer.count, buffer[lead + 1] == 0x80, buffer[lead + 2] == 0x80 || buffer[lead + 2] == 0x81 {
                    return true
                }
                index = lead + 1
            }
            return false
        }
    }

    /// The HTML (UTF-8) with `rewrite`'s answer applied to every link and image (by index in
    /// `links`), or nil when that answer cannot be given without a new parse.
    public func html(applying rewrite: (Int) -> LinkRewrite) -> [UInt8]? {
        if holes.isEmpty { return html }
        return html.withUnsafeBufferPointer { fill($0, rewrite) }
    }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private func fill(_ html: Bytes, _ rewrite: (Int) -> LinkRewrite) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(html.count + holes.count * 32)
        /// Holes entered and not yet left: hole number, where its content starts in `out`, the answer.
        var open: [(hole: Int, content: Int, rewrite: LinkRewrite)] = []
        var next = 0
        var at = 0
        while let marker = Self.find(0xEE, in: html, from: at) {
            out.append(contentsOf: html[at..<marker])
            guard marker + 2 < html.count, html[marker + 1] == 0x80, html[marker + 2] == 0x80 || html[marker + 2] == 0x81 else {
                out.append(0xEE)
                at = marker + 1
                continue
            }
            at = marker + 3
            if html[marker + 2] == 0x80 {
                guard next < holes.count else { return nil }
                let answer = rewrite(holes[next].link)
                guard let after = enter(holes[next], answer, html, at, &out) else { return nil }
                at = after
                open.append((next, out.count, answer))
                next += 1
            } else {
                guard let (number, content, answer) = open.popLast(),
                    leave(holes[number], answer, contentStart: content, out: &out)
                else { return nil }
            }
        }
        out.append(contentsOf: html[at...])
        guard next == holes.count, open.isEmpty else { return nil }
        return out
    }

    /// Writes the opening of a hole as `answer` makes it; hands back where the text after cmark's
    /// opening tag (for an image, after the whole `<img … />`) starts, or nil if it is not as expected.
    private func enter(_ hole: Hole, _ answer: LinkRewrite, _ html: Bytes, _ start: Int, _ out: inout [UInt8]) -> Int? {
        if hole.isImage {
            // `<img src="URL" alt="ALT"[ title="T"] />`: attribute values hold no raw quote.
            guard Self.has(#"<img src=""#, in: html, at: start), let end = Self.find(#"" />"#, in: html, from: start),
                let srcEnd = Self.find(UInt8(ascii: "\""), in: html, from: start + 10), srcEnd <= end,
                Self.has(#"" alt=""#, in: html, at: srcEnd)
            else { return nil }
            let altStart = srcEnd + 7
            let titleAt = Self.find(#"" title=""#, in: html, from: altStart)
            let altEnd = titleAt.map { min($0, end) } ?? end
            let after = end + 4
            switch answer {
            case .keep, .external:
                out.append(contentsOf: html[start..<after])
            case .replace(let url, let text):
                out.append(contentsOf: #"<img src=""#.utf8)
                appendHref(url, to: &out)
                out.append(contentsOf: #"" alt=""#.utf8)
                if let text, hole.hasPlainText {
                    out.append(contentsOf: Self.escapeText(text).utf8)
                } else {
                    out.append(contentsOf: html[altStart..<altEnd])
                }
                out.append(contentsOf: html[altEnd..<after])
            case .unlink:
                // The alt text as text: the same bytes when it is one plain text.
                guard hole.hasPlainText || altStart == altEnd else { return nil }
                out.append(contentsOf: html[altStart..<altEnd])
            }
            return after
        }
        // `<a href="URL"[ title="T"]>`
        guard Self.has(#"<a href=""#, in: html, at: start), let close = Self.find(UInt8(ascii: ">"), in: html, from: start),
            let hrefEnd = Self.find(UInt8(ascii: "\""), in: html, from: start + 9), hrefEnd < close
        else { return nil }
        let after = close + 1
        switch answer {
        case .keep:
            out.append(contentsOf: html[start..<after])
        case .replace(let url, _):
            out.append(contentsOf: #"<a href=""#.utf8)
            appendHref(url, to: &out)
            out.append(contentsOf: html[hrefEnd..<after])
        case .external:
            if hole.isWeb {
                var tag = "<a href=\"\(Self.escapeHref(hole.destination))\""
                if !hole.title.isEmpty { tag += " title=\"\(escapeHTML(hole.title))\"" }
                out.append(contentsOf: (tag + " class=\"extern\">").utf8)
            } else {
                out.append(contentsOf: html[start..<after])
            }
        case .unlink:
            break
        }
        return after
    }

    /// Closes a hole: the link's content is in `out` from `contentStart`, followed by cmark's `</a>`.
    private func leave(_ hole: Hole, _ answer: LinkRewrite, contentStart: Int, out: inout [UInt8]) -> Bool {
        if hole.isImage { return true }
        let end: [UInt8] = [0x3C, 0x2F, 0x61, 0x3E]  // </a>
        guard out.count - contentStart >= end.count, out.suffix(end.count).elementsEqual(end) else { return false }
        switch answer {
        case .keep:
            break
        case .replace(_, let text):
            if let text, hole.hasPlainText {
                out.removeSubrange(contentStart...)
                out.append(contentsOf: Self.escapeText(text).utf8)
                out.append(contentsOf: end)
            }
        case .external(let note):
            guard hole.isWeb else { break }
            out.removeLast(end.count)
            out.append(contentsOf: "<span class=\"visuellt-dold\"> \(escapeHTML(note))</span></a>".utf8)
        case .unlink:
            out.removeLast(end.count)
        }
        return true
    }

    private static func find(_ byte: UInt8, in bytes: Bytes, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ needle: StaticString, in bytes: Bytes, from start: Int) -> Int? {
        var at = start
        let first = needle.utf8Start.pointee
        while let candidate = find(first, in: bytes, from: at) {
            if has(needle, in: bytes, at: candidate) { return candidate }
            at = candidate + 1
        }
        return nil
    }

    private static func has(_ needle: StaticString, in bytes: Bytes, at start: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard start + count <= bytes.count, let base = bytes.baseAddress else { return false }
        return memcmp(base + start, needle.utf8Start, count) == 0
    }

    /// Appends an `href`/`src` value as cmark writes it.
    private func appendHref(_ url: String, to out: inout [UInt8]) {
        if safe && Self.isDangerous(url) { return }
        ExternalLinkMarker.appendEscapedHref(url, to: &out)
    }

    /// cmark's `_scan_dangerous_url`: the URLs its safe mode empties.
    private static func isDangerous(_ url: String) -> Bool {
        // Each scheme it names starts with one of these letters; most URLs here are relative paths.
        guard let first = url.utf8.first, "jJvVfFdD".utf8.contains(first) else { return false }
        let lower = url.prefix(20).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        guard lower.hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
    }

    /// cmark's escaping of text (`escape_html`): `&`, `<`, `>` and `"`; `'` stays.
    private static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escapeHref(_ url: String) -> String { ExternalLinkMarker.escapeHref(url) }
}
