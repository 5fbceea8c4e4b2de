import Content
import Linking
import SiteCore

/// A page's place in the link graph as the theme shows it: its relation groups (the pages whose
/// front matter names it) and its backlinks ("Länkas från", grouped by section).
struct LinkListing {
    let builder: PageView

    private var context: SiteContext { builder.context }

    func add(for page: Page, to view: inout [String: Any]) {
        let listing = SectionListing(builder: builder)
        view["relations"] = (context.graph.relations[page.relativePath] ?? []).compactMap { group -> [String: Any]? in
            // A field a case page hides (by the statistics' disclosure rules) must not come back
            // as a list of cases on the page it names.
            let field = group.key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? group.key
            let pages = group.pages.compactMap { context.index.pagesByPath[$0] }.filter { referrer in
                referrer.fields.first { $0.key == field }.map { context.displayedValue($0, of: referrer) != nil } ?? true
            }
            guard !pages.isEmpty else { return nil }
            var entry: [String: Any] = ["key": group.key, "title": group.title, "pages": pages.map(listing.entry)]
            if let summary = group.summaryHTML { entry["summaryHTML"] = summary }
            return entry
        }
        let linking = (context.graph.backlinks[page.relativePath] ?? []).compactMap { context.index.pagesByPath[$0] }
        view["backlinks"] = linking.map { link($0) }
        view["backlinkGroups"] = groups(linking)
    }

    /// Sections in navigation order, pages in each section's order; pages outside sections last.
    private func groups(_ pages: [Page]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        for schema in context.config.sections {
            let members = SiteContext.sorted(pages.filter { $0.section == schema.folder }, for: schema)
            if !members.isEmpty { result.append(["title": schema.name, "pages": members.map { link($0) }]) }
        }
        let known = Set(context.config.sections.map(\.folder))
        let others = pages.filter { $0.section.map { !known.contains($0) } ?? true }
            .sorted { SwedishCollation.areInIncreasingOrder($0.title, $1.title) }
        if !others.isEmpty {
            result.append(["title": context.string("otherPages", "Andra sidor"), "pages": others.map { link($0) }])
        }
        return result
    }

    private func link(_ page: Page) -> [String: Any] {
        ["title": page.title, "url": builder.path.relativeURL(to: page.sitePath)]
    }
}
