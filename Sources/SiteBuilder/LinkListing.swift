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
        view[.relations] = .list((context.graph.relations[relativePath] ?? []).compactMap { group -> TemplateValue? in
            // A field a case page hides (by the statistics' disclosure rules) must not come back
            // as a list of cases on the page it names.
            let field = group.key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? group.key
            // One pass and one array: a step's group lists thousands of cases.
            var pages: [TemplateValue] = []
            pages.reserveCapacity(group.pages.count)
            for path in group.pages {
                if let card = cards.byPath[path], card.shows(field) { pages.append(listing.entry(card)) }
            }
            guard !pages.isEmpty else { return nil }
            var relation = TemplateView(capacity: 4)
            relation[.key] = .text(group.key)
            relation[.title] = .text(group.title)
            relation[.pages] = .list(pages)
            relation[.summaryHTML] = group.summaryHTML.map(TemplateValue.text)
            return relation.value
        })
        let linking = (context.graph.backlinks[relativePath] ?? []).compactMap { cards.byPath[$0] }
        guard !linking.isEmpty else {
            view[.backlinks] = .list([])
            view[.backlinkGroups] = .list([])
            return
        }
        // Each link made once: the flat list and the groups show the same entries.
        let links = linking.map { (card: $0, value: builder.link($0)) }
        view[.backlinks] = .list(links.map(\.value))
        view[.backlinkGroups] = .list(groups(links))
    }

    /// Sections in navigation order, pages in each section's order; pages outside sections last.
    private func groups(_ links: [(card: PageCard, value: TemplateValue)]) -> [TemplateValue] {
        var result: [TemplateValue] = []
        let sections = context.config.sections
        for schema in sections {
            let members = links.filter { $0.card.section == schema.folder }.sorted { $0.card.sectionRank < $1.card.sectionRank }
            if !members.isEmpty {
                result.append(Self.group(title: schema.name, pages: members.map(\.value)))
            }
        }
        let others = links.filter { link in link.card.section.map { folder in !sections.contains { $0.folder == folder } } ?? true }
            .sorted { $0.card.titleRank < $1.card.titleRank }
        if !others.isEmpty {
            result.append(Self.group(title: context.string("otherPages", "Andra sidor"), pages: others.map(\.value)))
        }
        return result
    }

    private static func group(title: String, pages: [TemplateValue]) -> TemplateValue {
        var group = TemplateView(capacity: 2)
        group[.title] = .text(title)
        group[.pages] = .list(pages)
        return group.value
    }
}
