import Content
import SiteCore
import Theme

/// Pages as list entries: title, summary and a short line of their section's choice fields
/// (`Nybro · 19–23 år · Arbete`): a section's own pages, or the pages related to one page.
struct SectionListing {
    let builder: PageView

    func children(of schema: SectionSchema) -> TemplateValue {
        .list((builder.context.cards.sections[schema.folder] ?? []).map(entry))
    }

    func entry(_ page: PageCard) -> TemplateValue {
        if page.isShared(from: builder.path), let shared = page.sharedEntry { return shared }
        return builder.child(page, meta: page.meta)
    }
}

/// The start page's entry points: each section with its count, the ladder, the latest case learnings.
struct StartPageListing {
    let builder: PageView
    static let latestCount = 5
    static let caseTemplate = "fall"

    func add(to view: inout TemplateView) {
        let context = builder.context
        view["sections"] = .list(context.config.sections.filter(\.inNavigation).map { schema in
            TemplateView([
                "title": .text(schema.name),
                "url": .text(builder.path.relativeURL(to: .page([schema.folder]))),
                "count": .int(context.sectionPages[schema.folder]?.count ?? 0),
                "summary": context.sectionIntros[schema.folder]?.summary.map(TemplateValue.text),
            ]).value
        })
        view["ladder"] = builder.ladder()
        if let cases = context.config.sections.first(where: { $0.template == Self.caseTemplate }) {
            let cards = context.cards
            // Each page's month read once, not once per comparison.
            let newestFirst = (context.sectionPages[cases.folder] ?? []).map { (month: lastMonth($0), path: $0.relativePath) }
                .sorted { a, b in a.month != b.month ? a.month > b.month : a.path < b.path }
            view["latest"] = .list(newestFirst.prefix(Self.latestCount).compactMap { cards.byPath[$0.path].map { builder.child($0) } })
        }
    }

    /// The latest month a page's front matter names (a case's end month), as `year * 12 + month`.
    private func lastMonth(_ page: Page) -> Int {
        var latest: Int?
        for entry in page.fields {
            if case .month(let year, let month) = entry.value { latest = max(latest ?? .min, year * 12 + month) }
        }
        return latest ?? 0
    }
}
