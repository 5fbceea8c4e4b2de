import Content
import SiteCore

/// The order a section lists its pages in: title A–Ö, or the number in `ordning` then title.
public enum PageOrder {
    /// `pages` in `schema`'s order; Swedish sort keys are computed once per page.
    public static func sorted(_ pages: [Page], for schema: SectionSchema) -> [Page] {
        let byTitle = SwedishCollation.sorted(pages, by: \.title, tieBreak: { $0.relativePath < $1.relativePath })
        guard schema.sortOrder == .order else { return byTitle }
        // Positions in title order break ties; each page's number is read once.
        let numbers = byTitle.map { $0.orderNumber ?? .infinity }
        return byTitle.indices.sorted { i, j in numbers[i] != numbers[j] ? numbers[i] < numbers[j] : i < j }.map { byTitle[$0] }
    }
}

extension Page {
    /// The number in the front-matter field `ordning`, if any.
    public var orderNumber: Double? {
        if case .number(let value)? = value("ordning") { return value }
        return nil
    }
}
