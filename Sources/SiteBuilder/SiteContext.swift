import Content
import Linking
import SiteCore
import Statistics
import Theme

/// What every page's view needs to know about the whole bank, computed once before rendering.
struct SiteContext: Sendable {
    let config: BankConfig
    let index: SiteIndex
    /// Resolved links, backlinks and relations (the link stage's result).
    let graph: SiteGraph
    let strings: [String: String]
    /// Regular pages of each section, in the order the section declares (title A–Ö or `ordning`).
    let sectionPages: [String: [Page]]
    /// Section index pages written by authors (`metoder/index.md`), by section.
    let sectionIntros: [String: Page]
    /// The section drawn as Utvecklingstrappan: the one whose pages use the `steg` template.
    let ladderSection: SectionSchema?
    /// Each page's place in its section's order: all pages of a configured section, its index
    /// page included, by source path.
    let sectionRanks: [String: Int]
    /// The protected statistics, when the bank configures `statistik:`.
    var statistics: BankStatistics? {
        // The cards show fields as the statistics allow: made anew after they change.
        didSet {
            cardStore = PageCardStore()
            baseStore = SharedViewStore()
            ladderStore = SharedViewStore()
        }
    }
    private var cardStore = PageCardStore()
    private var baseStore = SharedViewStore<SharedBaseKey, TemplateObject>()
    private var ladderStore = SharedViewStore<Int, [TemplateValue]>()
    /// Whether the bank has the accessibility statement page, the page about the site and a feed.
    let hasAccessibilityPage: Bool
    let hasAboutPage: Bool

    static let ladderTemplate = "steg"

    init(config: BankConfig, pages: [Page], index: SiteIndex, graph: SiteGraph = SiteGraph(), strings: [String: String]) {
        self.config = config
        self.index = index
        self.graph = graph
        self.strings = strings
        var grouped: [String: [Page]] = [:]
        var inSection: [String: [Page]] = [:]
        var intros: [String: Page] = [:]
        for page in pages {
            guard let section = page.section else { continue }
            if page.kind == .sectionIndex { intros[section] = page } else if page.kind == .regular { grouped[section, default: []].append(page) }
            if page.kind != .home { inSection[section, default: []].append(page) }
        }
        var ranks: [String: Int] = [:]
        for schema in config.sections {
            // Sorted with the index page, which a backlink group may list among the section's pages.
            let ordered = Self.sorted(inSection[schema.folder] ?? [], for: schema)
            for (rank, page) in ordered.enumerated() { ranks[page.relativePath] = rank }
            grouped[schema.folder] = ordered.filter { $0.kind == .regular }
        }
        sectionPages = grouped
        sectionIntros = intros
        sectionRanks = ranks
        ladderSection = config.sections.first { $0.template == Self.ladderTemplate }
        // Looked up by source path once: a scan of all pages for every page would be quadratic.
        let hasPage = { (sitePath: SitePath) in
            let name = sitePath.segments.joined(separator: "/")
            return index.pagesByPath[name + ".md"] != nil || index.pagesByPath[name + "/index.md"] != nil
        }
        hasAccessibilityPage = hasPage(PageView.accessibilityPath)
        hasAboutPage = hasPage(PageView.aboutPath)
    }

    /// What other pages' views show of each page, made once, on first use.
    var cards: PageCards { cardStore.cards { PageCards(context: self) } }

    /// The part of a page's view that pages of the same depth, top folder and section share,
    /// made once per kind of page.
    func sharedBaseView(for builder: PageView, section: String?) -> TemplateObject {
        guard Self.sharesBaseViews else { return builder.sharedBase(section: section) }
        return baseStore.value(for: builder.sharedBaseKey(section: section)) { builder.sharedBase(section: section) }
    }

    /// The ladder's steps, none marked, as a page outside the ladder's folder at this depth links
    /// them; nil for a page whose links to the steps depend on more than its depth.
    func sharedLadder(for builder: PageView) -> [TemplateValue]? {
        guard Self.sharesBaseViews, let depth = builder.ladderDepth else { return nil }
        return ladderStore.value(for: depth) { builder.ladderItems() }
    }

    /// Off: every page makes its shared part itself (for the test that sharing changes no byte;
    /// as a task-local value it reaches a serial build only).
    @TaskLocal static var sharesBaseViews = true

    var ladderSteps: [Page] { ladderSection.map { sectionPages[$0.folder] ?? [] } ?? [] }

    func string(_ key: String, _ fallback: String) -> String { strings[key] ?? fallback }

    /// A section's pages in its declared order: A–Ö by title, or by `ordning` and then title.
    static func sorted(_ pages: [Page], for schema: SectionSchema) -> [Page] {
        PageOrder.sorted(pages, for: schema)
    }
}
