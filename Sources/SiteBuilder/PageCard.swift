import Content
import Foundation
import SiteCore
import Theme

/// What other pages' views show of one page (a backlink, a relation, a list entry, a register
/// line), worked out once per build instead of once per page that shows it. A class: lists of
/// thousands of entries pass it around with one retain, not a copy of the whole `Page`.
final class PageCard: Sendable {
    let relativePath: String
    let title: String
    let summary: String?
    let section: String?
    /// The name of the page's section (`Metoder`), when the bank configures it.
    let sectionName: String?
    let kind: PageKind
    let sitePath: SitePath
    /// The line of the section's choice fields a list entry shows (`Nybro · 19–23 år · Arbete`).
    let meta: String?
    /// Front-matter keys the page has but does not show (a case page's fields hidden by the
    /// statistics' disclosure rules).
    let hiddenFields: Set<String>
    /// The page's place in its section's order (all of the section's pages, its index page
    /// included); 0 outside configured sections.
    let sectionRank: Int
    /// The page's place among all pages in Swedish title order (then title, then source path).
    let titleRank: Int
    /// The page's folder depth: the depth of the pages whose views use `sharedLink` and `sharedEntry`.
    let depth: Int
    /// `PageView.link(self)` and `SectionListing.entry(self)` as every page at `depth` outside this
    /// page's top folder makes them: there a relative URL to this page depends only on the depth.
    /// Made once here, they spare each case page making the links to its methods and steps, and
    /// each method or step page its list of cases: at 10 000 pages the views of content pages went
    /// from 7.3 % to 5.9 % of the build's samples.
    /// Nil when views are not shared (`SiteContext.sharesBaseViews`).
    let sharedLink: TemplateValue?
    let sharedEntry: TemplateValue?

    init(_ page: Page, context: SiteContext, titleRank: Int, sharesViews: Bool = true) {
        relativePath = page.relativePath
        title = page.title
        summary = page.summary
        section = page.section
        kind = page.kind
        sitePath = page.sitePath
        let schema = page.section.flatMap { context.config.section($0) }
        sectionName = schema?.name
        sectionRank = context.sectionRanks[page.relativePath] ?? 0
        self.titleRank = titleRank
        // Only case pages hide fields; a key counts by its first entry. (A set of the keys seen,
        // for every page, cost 0.3 % of a 10 000-page build's samples.)
        var hidden: Set<String> = []
        if !context.showsAllFields(of: page) {
            let fields = page.fields
            for (offset, entry) in fields.enumerated() where context.displayedValue(entry, of: page) == nil {
                if !fields[..<offset].contains(where: { $0.key == entry.key }) { hidden.insert(entry.key) }
            }
        }
        hiddenFields = hidden
        meta = schema.flatMap { Self.meta(page, schema: $0, context: context) }
        depth = page.sitePath.folderDepth
        guard sharesViews else {
            sharedLink = nil
            sharedEntry = nil
            return
        }
        let url = TemplateValue.text(String(repeating: "../", count: depth) + SitePath.root.relativeURL(to: sitePath))
        var link = TemplateView(capacity: 2)
        link[.title] = .text(title)
        link[.url] = url
        sharedLink = link.value
        var entry = link
        entry.reserveCapacity(4)
        entry[.summary] = summary.map(TemplateValue.text)
        entry[.meta] = meta.map(TemplateValue.text)
        sharedEntry = entry.value
    }

    /// Whether a page at `path` links to this page with `sharedLink` and `sharedEntry`: when it is
    /// as deep, and in another top folder (or at the root), so that its URL has no folder in common.
    func isShared(from path: SitePath) -> Bool {
        guard sharedLink != nil, path.folderDepth == depth else { return false }
        return depth == 0 || sitePath.segments.first != path.segments[0]
    }

    /// The labels of the section's choice fields the page shows, joined with ` · `; nil for none.
    private static func meta(_ page: Page, schema: SectionSchema, context: SiteContext) -> String? {
        let labels = schema.fields.filter { $0.type == .choice && !ContentPageView.hiddenFacts.contains($0.key) }
            .compactMap { field -> String? in
                if let entry = page.fields.first(where: { $0.key == field.key }),
                    case .choice(_, let label)? = context.displayedValue(entry, of: page) { return label }
                return nil
            }
        return labels.isEmpty ? nil : labels.joined(separator: " · ")
    }

    /// Whether the page shows its front-matter field `key` (or has no such field).
    func shows(_ key: String) -> Bool { hiddenFields.isEmpty || !hiddenFields.contains(key) }
}

/// Every page's card, by source path, in title order and per section in the section's order. A
/// class: every view reads it, and a copy of it would retain each of its tables.
final class PageCards: Sendable {
    let byPath: [String: PageCard]
    /// All pages in Swedish title order (the A–Ö register reads the regular ones).
    let inTitleOrder: [PageCard]
    /// Regular pages of each section in the section's order (`SiteContext.sectionPages`).
    let sections: [String: [PageCard]]
    /// The steps of Utvecklingstrappan in order.
    let ladder: [LadderStep]
    /// Regular pages by section and slug, as `SiteIndex.page(section:slug:)` finds them.
    let bySectionSlug: [String: [String: PageCard]]

    struct LadderStep: Sendable {
        let card: PageCard
        let slug: String
        /// From `ordning`, else the step's place in the list (from 1).
        let order: Int
    }

    init(context: SiteContext) {
        let pages = SwedishCollation.sorted(
            Array(context.index.pagesByPath.values), by: \.title, tieBreak: { $0.relativePath < $1.relativePath })
        // Read here, in the task that asks for the cards: the threads making them do not see it.
        let sharesViews = SiteContext.sharesBaseViews
        inTitleOrder = parallelMap(Array(pages.indices)) { rank in
            PageCard(pages[rank], context: context, titleRank: rank, sharesViews: sharesViews)
        }
        byPath = Dictionary(inTitleOrder.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        sections = context.sectionPages.mapValues { [byPath] pages in pages.compactMap { byPath[$0.relativePath] } }
        bySectionSlug = context.index.pagesBySection.mapValues { [byPath] pages in pages.compactMapValues { byPath[$0.relativePath] } }
        ladder = context.ladderSteps.enumerated().compactMap { [byPath] offset, step in
            byPath[step.relativePath].map { LadderStep(card: $0, slug: step.slug, order: step.orderNumber.map { Int($0) } ?? offset + 1) }
        }
    }

    /// The regular page `slug` of `section` (a reference in front matter), as the index finds it.
    func page(section: String, slug: String) -> PageCard? { bySectionSlug[section]?[slug] }
}

/// Makes the cards once, on first use, for all threads rendering with one `SiteContext`.
final class PageCardStore: @unchecked Sendable {
    private let lock = NSLock()
    private var made: PageCards?

    func cards(_ make: () -> PageCards) -> PageCards {
        lock.withLock {
            if let made { return made }
            let cards = make()
            made = cards
            return cards
        }
    }
}

/// Parts of page views that many pages share (`SiteContext.sharedBaseView`, `sharedLadder`), made
/// once each, for all threads. Two threads may both make a missing part; both make the same.
final class SharedViewStore<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Key: Value] = [:]

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let value = lock.withLock({ made[key] }) { return value }
        let value = make()
        lock.withLock { made[key] = value }
        return value
    }
}
