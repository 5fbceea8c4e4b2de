import Content
import SiteCore

/// The order a section lists its pages in: title A–Ö, or the number in `ordning` then title.
public enum PageOrder {
    public static func areInIncreasingOrder(for schema: SectionSchema) -> (Page, Page) -> Bool {
        switch schema.sortOrder {
        case .order:
            return { a, b in
                let (x, y) = (a.orderNumber ?? .infinity, b.orderNumber ?? .infinity)
                return x != y ? x < y : SwedishCollation.areInIncreasingOrder(a.title, b.title)
            }
        case .title:
            return { a, b in
                a.title != b.title ? SwedishCollation.areInIncreasingOrder(a.title, b.title) : a.relativePath < b.relativePath
            }
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
