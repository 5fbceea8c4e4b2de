import Content
import SiteCore

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
    /// Whether the bank has an accessibility statement for the footer to link to.
    let hasAccessibilityStatement: Bool

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
            grouped[schema.folder] = Self.sorted(grouped[schema.folder] ?? [], for: schema)
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
        hasAccessibilityStatement = pages.contains { $0.sitePath == PageView.accessibilityPath }
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

    /// A section's pages in its declared order: A–Ö by title, or by `ordning` and then title.
    static func sorted(_ pages: [Page], for schema: SectionSchema) -> [Page] {
        let byTitle = SwedishCollation.sorted(pages, by: \.title, tieBreak: { $0.relativePath < $1.relativePath })
        guard schema.sortOrder == .order else { return byTitle }
        let rank = Dictionary(uniqueKeysWithValues: byTitle.enumerated().map { ($1.relativePath, $0) })
        return byTitle.sorted { a, b in
            let (x, y) = (a.orderNumber ?? .infinity, b.orderNumber ?? .infinity)
            return x != y ? x < y : rank[a.relativePath, default: 0] < rank[b.relativePath, default: 0]
        }
    }
}

extension Page {
    var orderNumber: Double? {
        if case .number(let value)? = value("ordning") { return value }
        return nil
    }
}
