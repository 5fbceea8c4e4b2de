import SiteCore

/// Numbers in table cells, rewritten the Swedish way (`1920000` → `1&nbsp;920&nbsp;000`).
enum NumberCell {
    /// The cell as escaped HTML with Swedish digit grouping, or nil if it is not a number.
    /// Keeps the number of decimals written and a trailing `%` (after a no-break space); a number
    /// too long to format exactly is kept as written.
    static func format(_ cell: String) -> String? {
        guard let value = SwedishNumber.parse(cell) else { return nil }
        let text = cell.trimmingSpaces()
        let percent = text.hasSuffix("%")
        let decimals: Int
        if let separator = text.lastIndex(where: { $0 == "," || $0 == "." }) {
            decimals = text[text.index(after: separator)...].prefix(while: \.isNumber).count
        } else {
            decimals = 0
        }
        var formatted: String
        if value.magnitude >= 1e15 || decimals > 6 {
            formatted = text
        } else if decimals == 0 {
            formatted = SwedishNumber.format(Int(value))
        } else {
            formatted = SwedishNumber.format(value, decimals: decimals)
        }
        if percent && formatted != text { formatted += "\u{00A0}%" }
        var html = ""
        for character in escapeHTML(formatted) {
            if character == "\u{00A0}" { html += "&nbsp;" } else { html.append(character) }
        }
        return html
    }
}
