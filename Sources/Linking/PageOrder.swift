import Content
import SiteCore

/// The order a section lists its pages in: title A–Ö, or the number in `ordning` then title.
public enum PageOrder {
    /// `pages` in `schema`'s order; Swedish sort keys are computed once per page.
    public static func sorted(_ pages: [Page], for schema: SectionSchema) -> [Page] {
        let byTitle = SwedishCollation.sorted(pages, by: \.title, tieBreak: { $0.relativePath < $1.relativePath })
        guard schema.sortOrder == .order else { return byTitle }
        let rank = Dictionary(uniqueKeysWithValues: byTitle.enumerated().map { ($1.relativePath, $0) })
        return byTitle.sorted { a, b in
            let (x, y) = (a.orderNumber ?? .infinity, b.orderNumber ?? .infinity)
            return x != y ? x < y : rank[a.relativePath, default: 0] < rank[b.relativePath, default: 0]
        }
    }
}

extension Page {
    /// The number in the front-matter field `ordning`, if any.
    public var orderNumber: Double? {
        if case .number(let value)? = value("ordning") { return value }
        return nil
    }
}
