import Content
import Linking
import SiteCore
import Statistics

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
    /// The protected statistics, when the bank configures `statistik:`.
    var statistics: BankStatistics?

    static let ladderTemplate = "steg"

    init(config: BankConfig, pages: [Page], index: SiteIndex, graph: SiteGraph = SiteGraph(), strings: [String: String]) {
        self.config = config
        self.index = index
        self.graph = graph
        self.strings = strings
        var grouped: [String: [Page]] = [:]
        var intros: [String: Page] = [:]
        for page in pages {
            guard let section = page.section else { continue }
            if page.kind == .sectionIndex { intros[section] = page } else if page.kind == .regular { grouped[section, default: []].append(page) }
        }
        for schema in config.sections {
            grouped[schema.folder] = Self.sorted(grouped[schema.folder] ?? [], for: schema)
        }
        sectionPages = grouped
        sectionIntros = intros
        ladderSection = config.sections.first { $0.template == Self.ladderTemplate }
    }

    var ladderSteps: [Page] { ladderSection.map { sectionPages[$0.folder] ?? [] } ?? [] }

    func string(_ key: String, _ fallback: String) -> String { strings[key] ?? fallback }

    /// A section's pages in its declared order: A–Ö by title, or by `ordning` and then title.
    static func sorted(_ pages: [Page], for schema: SectionSchema) -> [Page] {
        PageOrder.sorted(pages, for: schema)
    }
}
