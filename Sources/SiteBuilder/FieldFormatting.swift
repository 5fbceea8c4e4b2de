import Content
import SiteCore
import Theme

/// Front-matter values as readers see them: choice labels, Swedish months and dates, linked titles.
enum FieldFormatting {
    static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]

    static func month(_ year: Int, _ month: Int) -> String {
        (1...12).contains(month) ? "\(monthNames[month - 1]) \(year)" : "\(year)"
    }

    /// `2014-03-31` → `31 mars 2014`; anything else is shown as written.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
        return "\(parts[2]) \(monthNames[parts[1] - 1]) \(parts[0])"
    }

    /// One fact for the page's definition list: plain text or links to other pages.
    static func fact(label: String, value: FieldValue, on builder: PageView) -> TemplateValue {
        var texts: [String] = []
        var links: [TemplateValue] = []
        collect(value, on: builder, texts: &texts, links: &links)
        var fact = TemplateView(capacity: 3)
        fact[.label] = .text(label)
        fact[.links] = .list(links)
        fact[.text] = texts.isEmpty ? nil : .text(texts.count == 1 ? texts[0] : texts.joined(separator: ", "))
        return fact.value
    }

    static func text(_ value: FieldValue) -> String {
        switch value {
        case .text(let text): return text
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15
                ? SwedishNumber.format(Int(number)) : SwedishNumber.format(number, decimals: 2)
        case .month(let year, let month): return Self.month(year, month)
        case .date(let year, let month, let day): return (1...12).contains(month) ? "\(day) \(monthNames[month - 1]) \(year)" : "\(year)"
        case .choice(_, let label): return label
        case .reference(_, let slug): return slug
        case .list(let items): return items.map(text).joined(separator: ", ")
        }
    }

    private static func collect(_ value: FieldValue, on builder: PageView, texts: inout [String], links: inout [TemplateValue]) {
        switch value {
        case .reference(let section, let slug):
            if let target = builder.context.cards.page(section: section, slug: slug) {
                links.append(builder.link(target))
            } else {
                texts.append(slug)
            }
        case .list(let items):
            for item in items { collect(item, on: builder, texts: &texts, links: &links) }
        default:
            texts.append(text(value))
        }
    }
}
