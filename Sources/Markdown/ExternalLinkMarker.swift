import CMark
import SiteCore

/// Re-renders a link to another site as `<a href="…" class="extern">…<span class="visuellt-dold">
/// (extern webbplats)</span></a>`. cmark's HTML renderer has no attributes for links, so the link
/// becomes a custom inline printing the tags around the link's own (still cmark-rendered) content.
/// Custom inlines print verbatim, so the URL, title and note are escaped here, the URL as cmark does.
enum ExternalLinkMarker {
    /// Only for `http:`/`https:` URLs (cmark's safe mode never empties those). False if nothing changed.
    static func mark(_ link: CMarkNode, note: String) -> Bool {
        let url = link.url
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        var open = "<a href=\"\(escapeHref(url))\""
        if !link.title.isEmpty { open += " title=\"\(escapeHTML(link.title))\"" }
        open += " class=\"extern\">"
        let close = "<span class=\"visuellt-dold\"> \(escapeHTML(note))</span></a>"
        guard let wrapper = CMarkNode.makeCustom(CMARK_NODE_CUSTOM_INLINE, onEnter: open, onExit: close) else { return false }
        link.moveChildren(to: wrapper)
        link.replace(with: wrapper)
        return true
    }

    /// cmark's (houdini's) `href` escaping: safe bytes kept, `&` and `'` as entities, the rest `%XX`.
    static func escapeHref(_ url: String) -> String {
        var out: [UInt8] = []
        appendEscapedHref(url, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escapeHref` appended to UTF-8 bytes.
    static func appendEscapedHref(_ url: String, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x78, 0x32, 0x37, 0x3B])  // &#x27;
            case _ where isSafe(byte): out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0x0F))
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x41 + value - 10 }

    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
            UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
