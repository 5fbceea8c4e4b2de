import Content
import Linking
import SiteCore
import Statistics
import Theme

/// What every page's view needs to know about the whole bank, computed once before rendering.
///
/// A value whose tables live in one shared box: each page's view builders (`PageView`, the
/// listings, the closures that make list entries) copy the context several times per page, and
/// copying its dozen tables took a retain and a release apiece, about 0.6 % of the samples of a
/// 10 000-page build.
struct SiteContext: Sendable {
    private final class Storage: Sendable {
        let config: BankConfig
        let index: SiteIndex
        let graph: SiteGraph
        let strings: [String: String]
        let sectionPages: [String: [Page]]
        let sectionIntros: [String: Page]
        let ladderSection: SectionSchema?
        let sectionRanks: [String: Int]
        let statistics: BankStatistics?
        let hasAccessibilityPage: Bool
        let hasAboutPage: Bool
        // Made anew with the statistics: the cards show fields as the statistics allow.
        let cardStore = PageCardStore()
        let baseStore = SharedViewStore<SharedBaseKey, TemplateObject>()
        let ladderStore = SharedViewStore<Int, [TemplateValue]>()

        init(
            config: BankConfig, index: SiteIndex, graph: SiteGraph, strings: [String: String],
            sectionPages: [String: [Page]], sectionIntros: [String: Page], ladderSection: SectionSchema?,
            sectionRanks: [String: Int], statistics: BankStatistics?, hasAccessibilityPage: Bool, hasAboutPage: Bool
        ) {
            self.config = config
            self.index = index
            self.graph = graph
            self.strings = strings
            self.sectionPages = sectionPages
            self.sectionIntros = sectionIntros
            self.ladderSection = ladderSection
            self.sectionRanks = sectionRanks
            self.statistics = statistics
            self.hasAccessibilityPage = hasAccessibilityPage
            self.hasAboutPage = hasAboutPage
        }

        /// The same tables with other statistics, and no cards or shared views made yet.
        func with(statistics: BankStatistics?) -> Storage {
            Storage(
                config: config, index: index, graph: graph, strings: strings, sectionPages: sectionPages,
                sectionIntros: sectionIntros, ladderSection: ladderSection, sectionRanks: sectionRanks,
                statistics: statistics, hasAccessibilityPage: hasAccessibilityPage, hasAboutPage: hasAboutPage)
        }
    }

    private var storage: Storage

    var config: BankConfig { storage.config }
    var index: SiteIndex { storage.index }
    /// Resolved links, backlinks and relations (the link stage's result).
    var graph: SiteGraph { storage.graph }
    var strings: [String: String] { storage.strings }
    /// Regular pages of each section, in the order the section declares (title A–Ö or `ordning`).
    var sectionPages: [String: [Page]] { storage.sectionPages }
    /// Section index pages written by authors (`metoder/index.md`), by section.
    var sectionIntros: [String: Page] { storage.sectionIntros }
    /// The section drawn as Utvecklingstrappan: the one whose pages use the `steg` template.
    var ladderSection: SectionSchema? { storage.ladderSection }
    /// Each page's place in its section's order: all pages of a configured section, its index
    /// page included, by source path.
    var sectionRanks: [String: Int] { storage.sectionRanks }
    /// The protected statistics, when the bank configures `statistik:`.
    var statistics: BankStatistics? {
        get { storage.statistics }
        // The cards show fields as the statistics allow: made anew after they change.
        set { storage = storage.with(statistics: newValue) }
    }
    /// Whether the bank has the accessibility statement page, the page about the site and a feed.
    var hasAccessibilityPage: Bool { storage.hasAccessibilityPage }
    var hasAboutPage: Bool { storage.hasAboutPage }

    static let ladderTemplate = "steg"

    init(config: BankConfig, pages: [Page], index: SiteIndex, graph: SiteGraph = SiteGraph(), strings: [String: String]) {
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
        // Looked up by source path once: a scan of all pages for every page would be quadratic.
        let hasPage = { (sitePath: SitePath) in
            let name = sitePath.segments.joined(separator: "/")
            return index.pagesByPath[name + ".md"] != nil || index.pagesByPath[name + "/index.md"] != nil
        }
        storage = Storage(
            config: config, index: index, graph: graph, strings: strings, sectionPages: grouped, sectionIntros: intros,
            ladderSection: config.sections.first { $0.template == Self.ladderTemplate }, sectionRanks: ranks,
            statistics: nil, hasAccessibilityPage: hasPage(PageView.accessibilityPath), hasAboutPage: hasPage(PageView.aboutPath))
    }

    /// What other pages' views show of each page, made once, on first use.
    var cards: PageCards { storage.cardStore.cards { PageCards(context: self) } }

    /// The part of a page's view that pages of the same depth, top folder and section share,
    /// made once per kind of page.
    func sharedBaseView(for builder: PageView, section: String?) -> TemplateObject {
        guard Self.sharesBaseViews else { return builder.sharedBase(section: section) }
        return storage.baseStore.value(for: builder.sharedBaseKey(section: section)) { builder.sharedBase(section: section) }
    }

    /// The ladder's steps, none marked, as a page outside the ladder's folder at this depth links
    /// them; nil for a page whose links to the steps depend on more than its depth.
    func sharedLadder(for builder: PageView) -> [TemplateValue]? {
        guard Self.sharesBaseViews, let depth = builder.ladderDepth else { return nil }
        return storage.ladderStore.value(for: depth) { builder.ladderItems() }
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
