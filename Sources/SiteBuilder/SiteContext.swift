import Content
import Linking
import SiteCore

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
            grouped[schema.folder] = (grouped[schema.folder] ?? []).sorted(by: Self.order(for: schema))
        }
        sectionPages = grouped
        sectionIntros = intros
        ladderSection = config.sections.first { $0.template == Self.ladderTemplate }
    }

    var ladderSteps: [Page] { ladderSection.map { sectionPages[$0.folder] ?? [] } ?? [] }

    func string(_ key: String, _ fallback: String) -> String { strings[key] ?? fallback }

    static func order(for schema: SectionSchema) -> (Page, Page) -> Bool {
        PageOrder.areInIncreasingOrder(for: schema)
    }
}
