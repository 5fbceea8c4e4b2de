import Content
import Linking
import SiteCore
import Theme

/// A page's place in the link graph as the theme shows it: its relation groups (the pages whose
/// front matter names it) and its backlinks ("Länkas från", grouped by section).
struct LinkListing {
    let builder: PageView

    private var context: SiteContext { builder.context }

    func add(for relativePath: String, to view: inout TemplateView) {
        let cards = context.cards
        let listing = SectionListing(builder: builder)
        view["relations"] = .list((context.graph.relations[relativePath] ?? []).compactMap { group -> TemplateValue? in
            // A field a case page hides (by the statistics' disclosure rules) must not come back
            // as a list of cases on the page it names.
            let field = group.key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? group.key
            let pages = group.pages.compactMap { cards.byPath[$0] }.filter { $0.shows(field) }
            guard !pages.isEmpty else { return nil }
            return TemplateView([
                "key": .text(group.key), "title": .text(group.title), "pages": .list(pages.map(listing.entry)),
                "summaryHTML": group.summaryHTML.map(TemplateValue.text),
            ]).value
        })
        let linking = (context.graph.backlinks[relativePath] ?? []).compactMap { cards.byPath[$0] }
        view["backlinks"] = .list(linking.map(builder.link))
        view["backlinkGroups"] = .list(groups(linking))
    }

    /// Sections in navigation order, pages in each section's order; pages outside sections last.
    private func groups(_ pages: [PageCard]) -> [TemplateValue] {
        var result: [TemplateValue] = []
        for schema in context.config.sections {
            let members = pages.filter { $0.section == schema.folder }.sorted { $0.sectionRank < $1.sectionRank }
            if !members.isEmpty {
                result.append(TemplateView(["title": .text(schema.name), "pages": .list(members.map(builder.link))]).value)
            }
        }
        let known = Set(context.config.sections.map(\.folder))
        let others = pages.filter { $0.section.map { !known.contains($0) } ?? true }.sorted { $0.titleRank < $1.titleRank }
        if !others.isEmpty {
            result.append(TemplateView([
                "title": .text(context.string("otherPages", "Andra sidor")), "pages": .list(others.map(builder.link)),
            ]).value)
        }
        return result
    }
}
