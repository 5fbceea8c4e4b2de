import Content
import SiteCore

/// Pages as list entries: title, summary and a short line of their section's choice fields
/// (`Nybro · 19–23 år · Arbete`): a section's own pages, or the pages related to one page.
struct SectionListing {
    let builder: PageView

    func children(of schema: SectionSchema) -> [[String: Any]] {
        (builder.context.sectionPages[schema.folder] ?? []).map(entry)
    }

    func entry(_ page: Page) -> [String: Any] {
        guard let schema = page.section.flatMap({ builder.context.config.section($0) }) else { return builder.child(page) }
        let meta = schema.fields.filter { $0.type == .choice && !ContentPageView.hiddenFacts.contains($0.key) }.compactMap { field -> String? in
            if let entry = page.fields.first(where: { $0.key == field.key }),
                case .choice(_, let label)? = builder.context.displayedValue(entry, of: page) { return label }
            return nil
        }
        return builder.child(page, meta: meta.isEmpty ? nil : meta.joined(separator: " · "))
    }
}

/// The start page's entry points: each section with its count, the ladder, the latest case learnings.
struct StartPageListing {
    let builder: PageView
    static let latestCount = 5
    static let caseTemplate = "fall"

    func add(to view: inout [String: Any]) {
        let context = builder.context
        view["sections"] = context.config.sections.filter(\.inNavigation).map { schema -> [String: Any] in
            var entry: [String: Any] = [
                "title": schema.name,
                "url": builder.path.relativeURL(to: .page([schema.folder])),
                "count": context.sectionPages[schema.folder]?.count ?? 0,
            ]
            if let summary = context.sectionIntros[schema.folder]?.summary { entry["summary"] = summary }
            return entry
        }
        view["ladder"] = builder.ladder()
        if let cases = context.config.sections.first(where: { $0.template == Self.caseTemplate }) {
            let newestFirst = (context.sectionPages[cases.folder] ?? []).sorted { a, b in
                let (x, y) = (lastMonth(a), lastMonth(b))
                return x != y ? x > y : a.relativePath < b.relativePath
            }
            view["latest"] = newestFirst.prefix(Self.latestCount).map { builder.child($0) }
        }
    }

    /// The latest month a page's front matter names (a case's end month), as `year * 12 + month`.
    private func lastMonth(_ page: Page) -> Int {
        page.fields.compactMap { entry -> Int? in
            if case .month(let year, let month) = entry.value { return year * 12 + month }
            return nil
        }.max() ?? 0
    }
}
