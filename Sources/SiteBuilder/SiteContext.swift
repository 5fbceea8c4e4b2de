import Content
import SiteCore
import Statistics

/// What every page's view needs to know about the whole bank, computed once before rendering.
struct SiteContext: Sendable {
    let config: BankConfig
    let index: SiteIndex
    let strings: [String: String]
    /// Regular pages of each section, in the order the section declares (title A–Ö or `ordning`).
    let sectionPages: [String: [Page]]
    /// Section index pages written by authors (`metoder/index.md`), by section.
    let sectionIntros: [String: Page]
    /// The section drawn as Utvecklingstrappan: the one whose pages use the `steg` template.
    let ladderSection: SectionSchema?
    /// For each page (by source path), the pages whose front matter refers to it, in section order
    /// and then in each section's own order: a method's cases, a step's methods and cases.
    let referencedBy: [String: [Page]]
    /// The protected statistics, when the bank configures `statistik:`.
    var statistics: BankStatistics?

    static let ladderTemplate = "steg"

    init(config: BankConfig, pages: [Page], index: SiteIndex, strings: [String: String]) {
        self.config = config
        self.index = index
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
        var referrers: [String: [Page]] = [:]
        for schema in config.sections {
            for page in grouped[schema.folder] ?? [] {
                var targets: Set<String> = []
                for entry in page.fields { Self.collectReferences(entry.value, index: index, into: &targets) }
                for target in targets.sorted() where target != page.relativePath { referrers[target, default: []].append(page) }
            }
        }
        referencedBy = referrers
    }

    private static func collectReferences(_ value: FieldValue, index: SiteIndex, into targets: inout Set<String>) {
        switch value {
        case .reference(let section, let slug):
            if let target = index.page(section: section, slug: slug) { targets.insert(target.relativePath) }
        case .list(let items):
            for item in items { collectReferences(item, index: index, into: &targets) }
        default: break
        }
    }

    var ladderSteps: [Page] { ladderSection.map { sectionPages[$0.folder] ?? [] } ?? [] }

    func string(_ key: String, _ fallback: String) -> String { strings[key] ?? fallback }

    static func order(for schema: SectionSchema) -> (Page, Page) -> Bool {
        switch schema.sortOrder {
        case .order:
            return { a, b in
                let (x, y) = (a.orderNumber ?? .infinity, b.orderNumber ?? .infinity)
                return x != y ? x < y : SwedishCollation.areInIncreasingOrder(a.title, b.title)
            }
        case .title:
            return { a, b in
                a.title != b.title ? SwedishCollation.areInIncreasingOrder(a.title, b.title) : a.relativePath < b.relativePath
            }
        }
    }
}

extension Page {
    var orderNumber: Double? {
        if case .number(let value)? = value("ordning") { return value }
        return nil
    }
}
