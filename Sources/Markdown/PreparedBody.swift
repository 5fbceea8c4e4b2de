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
        var destination: String
        var title: String
    }

    static let opening: Unicode.Scalar = "\u{E000}"
    static let closing: Unicode.Scalar = "\u{E001}"

    let html: String
    let holes: [Hole]
    /// cmark's safe mode: a URL it considers dangerous renders as an empty `href`/`src`.
    let safe: Bool

    /// Whether some answer could still need the page's Markdown: an image whose alt text is more
    /// than plain text cannot be unlinked from its rendered form.
    public var needsSource: Bool { holes.contains { $0.isImage && !$0.hasPlainText && !$0.isEmpty } }

    /// A body whose holes are all where cmark put them: the markers pair up around cmark's own tags.
    init?(html: String, holes: [Hole], safe: Bool) {
        self.html = html
        self.holes = holes
        self.safe = safe
        guard self.html(applying: { _ in .keep }) != nil else { return nil }
    }

    /// Whether `bytes` (UTF-8) hold a hole marker.
    static func holdsMarker(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let lead = bytes[index...].firstIndex(of: 0xEE) {
            if lead + 2 < bytes.count, bytes[lead + 1] == 0x80, bytes[lead + 2] == 0x80 || bytes[lead + 2] == 0x81 { return true }
            index = lead + 1
        }
        return false
    }

    /// The HTML with `rewrite`'s answer applied to every link and image (by index in `links`),
    /// or nil when that answer cannot be given without a new parse.
    public func html(applying rewrite: (Int) -> LinkRewrite) -> String? {
        if holes.isEmpty { return html }
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + holes.count * 16)
        /// Holes entered and not yet left: hole number and where its content starts in `out`.
        var open: [(hole: Int, content: Int, rewrite: LinkRewrite)] = []
        var next = 0
        var bytes = html.utf8[...]
        while let marker = bytes.firstIndex(of: 0xEE) {
            out.append(contentsOf: bytes[..<marker])
            bytes = bytes[marker...]
            guard bytes.starts(with: [0xEE, 0x80, 0x80]) || bytes.starts(with: [0xEE, 0x80, 0x81]) else {
                out.append(bytes.removeFirst())
                continue
            }
            let entering = bytes.starts(with: [0xEE, 0x80, 0x80])
            bytes = bytes.dropFirst(3)
            if entering {
                guard next < holes.count else { return nil }
                let hole = holes[next]
                let answer = rewrite(hole.link)
                guard let rest = enter(hole, answer, tagIn: &bytes, into: &out) else { return nil }
                bytes = rest
                open.append((next, out.count, answer))
                next += 1
            } else {
                guard let (number, content, answer) = open.popLast(),
                    leave(holes[number], answer, contentStart: content, out: &out)
                else { return nil }
            }
        }
        out.append(contentsOf: bytes)
        guard next == holes.count, open.isEmpty else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the opening of a hole as `answer` makes it; hands back the text after cmark's
    /// opening tag (for an image, after the whole `<img … />`), or nil if it is not as expected.
    private func enter(
        _ hole: Hole, _ answer: LinkRewrite, tagIn bytes: inout Substring.UTF8View.SubSequence, into out: inout [UInt8]
    ) -> Substring.UTF8View.SubSequence? {
        if hole.isImage {
            // `<img src="URL" alt="ALT"[ title="T"] />`: attribute values hold no raw quote.
            guard bytes.starts(with: #"<img src=""#.utf8), let end = Self.find(#"" />"#, in: bytes) else { return nil }
            let tag = bytes[..<end]
            let after = bytes[bytes.index(end, offsetBy: 4)...]
            let srcStart = tag.index(tag.startIndex, offsetBy: 10)
            guard let srcEnd = tag[srcStart...].firstIndex(of: UInt8(ascii: "\"")),
                tag[srcEnd...].starts(with: #"" alt=""#.utf8)
            else { return nil }
            let altStart = tag.index(srcEnd, offsetBy: 7)
            let altEnd = Self.find(#"" title=""#, in: tag[altStart...]) ?? tag.endIndex
            switch answer {
            case .keep, .external:
                out.append(contentsOf: bytes[..<after.startIndex])
            case .replace(let url, let text):
                out.append(contentsOf: #"<img src=""#.utf8)
                out.append(contentsOf: href(url).utf8)
                out.append(contentsOf: #"" alt=""#.utf8)
                if let text, hole.hasPlainText {
                    out.append(contentsOf: Self.escapeText(text).utf8)
                } else {
                    out.append(contentsOf: tag[altStart..<altEnd])
                }
                out.append(contentsOf: tag[altEnd...])
                out.append(contentsOf: #"" />"#.utf8)
            case .unlink:
                // The alt text as text: the same bytes when it is one plain text.
                guard hole.hasPlainText || altStart == altEnd else { return nil }
                out.append(contentsOf: tag[altStart..<altEnd])
            }
            return after
        }
        // `<a href="URL"[ title="T"]>`
        guard bytes.starts(with: #"<a href=""#.utf8), let close = bytes.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let hrefStart = bytes.index(bytes.startIndex, offsetBy: 9)
        guard let hrefEnd = bytes[hrefStart..<close].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let after = bytes[bytes.index(after: close)...]
        switch answer {
        case .keep:
            out.append(contentsOf: bytes[...close])
        case .replace(let url, _):
            out.append(contentsOf: #"<a href=""#.utf8)
            out.append(contentsOf: href(url).utf8)
            out.append(contentsOf: bytes[hrefEnd...close])
        case .external:
            let lower = hole.destination.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
                var tag = "<a href=\"\(Self.escapeHref(hole.destination))\""
                if !hole.title.isEmpty { tag += " title=\"\(escapeHTML(hole.title))\"" }
                out.append(contentsOf: (tag + " class=\"extern\">").utf8)
            } else {
                out.append(contentsOf: bytes[...close])
            }
        case .unlink:
            break
        }
        return after
    }

    /// Closes a hole: the link's content is in `out` from `contentStart`, followed by cmark's `</a>`.
    private func leave(_ hole: Hole, _ answer: LinkRewrite, contentStart: Int, out: inout [UInt8]) -> Bool {
        if hole.isImage { return true }
        let end = Array("</a>".utf8)
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
            let lower = hole.destination.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { break }
            out.removeLast(end.count)
            out.append(contentsOf: "<span class=\"visuellt-dold\"> \(escapeHTML(note))</span></a>".utf8)
        case .unlink:
            out.removeLast(end.count)
        }
        return true
    }

    private static func find(_ needle: String, in bytes: Substring.UTF8View.SubSequence) -> Substring.UTF8View.Index? {
        let pattern = Array(needle.utf8)
        var start = bytes.startIndex
        while let first = bytes[start...].firstIndex(of: pattern[0]) {
            if bytes[first...].starts(with: pattern) { return first }
            start = bytes.index(after: first)
        }
        return nil
    }

    /// An `href`/`src` value as cmark writes it.
    private func href(_ url: String) -> String { safe && Self.isDangerous(url) ? "" : Self.escapeHref(url) }

    /// cmark's `_scan_dangerous_url`: the URLs its safe mode empties.
    private static func isDangerous(_ url: String) -> Bool {
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
