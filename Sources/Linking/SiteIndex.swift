import Content
import Markdown
import SiteCore

/// Everything one page may link to, known before any page is rendered: pages by source path, by
/// section and slug and by title, data and static files, and (after the outline pass) each page's
/// headings.
public struct SiteIndex: Sendable {
    public let pagesByPath: [String: Page]
    public let pagesBySection: [String: [String: Page]]
    public let files: Set<String>
    /// Every page's source path, sorted, each once: the order the link stage resolves pages in,
    /// kept from the sort made here (sorting the paths again cost the link stage 0.1 % of a
    /// 10 000-page build, in its serial part).
    public let sortedPaths: [String]
    /// Each page's headings with their ids, by source path (filled by the outline pass).
    public var headings: [String: [Heading]] = [:]
    /// Pages a wiki link can name by title (`Slug.fold`ed), every page that has a title.
    private let pagesByTitle: [String: [Page]]
    /// Regular pages by slug and section index pages by folder name, in path order.
    private let pagesByName: [String: [Page]]

    public init(pages: [Page], files: [String], headings: [String: [Heading]] = [:]) {
        // Positions are sorted, not the pages: a page is a big value to move at every swap.
        let order = pages.indices.sorted { pages[$0].relativePath < pages[$1].relativePath }
        // The four tables need nothing of each other: each is filled on any core, in path order.
        let tables = parallelMap(Table.allCases) { table -> Table.Filled in
            switch table {
            case .byPath:
                var byPath: [String: Page] = [:]
                byPath.reserveCapacity(pages.count)
                for index in order { byPath[pages[index].relativePath] = pages[index] }
                return .byPath(byPath)
            case .bySection:
                var bySection: [String: [String: Page]] = [:]
                for index in order {
                    let page = pages[index]
                    if let section = page.section, page.kind == .regular { bySection[section, default: [:]][page.slug] = page }
                }
                return .bySection(bySection)
            case .byTitle:
                var byTitle: [String: [Page]] = [:]
                byTitle.reserveCapacity(pages.count)
                for index in order { byTitle[Slug.fold(pages[index].title), default: []].append(pages[index]) }
                return .byTitle(byTitle)
            case .byName:
                var byName: [String: [Page]] = [:]
                byName.reserveCapacity(pages.count)
                for index in order {
                    let page = pages[index]
                    switch page.kind {
                    case .regular: byName[page.slug, default: []].append(page)
                    case .sectionIndex: if let section = page.section { byName[section, default: []].append(page) }
                    case .home: break
                    }
                }
                return .byName(byName)
            }
        }
        var (byPath, bySection, byTitle, byName) = ([String: Page](), [String: [String: Page]](), [String: [Page]](), [String: [Page]]())
        for table in tables {
            switch table {
            case .byPath(let filled): byPath = filled
            case .bySection(let filled): bySection = filled
            case .byTitle(let filled): byTitle = filled
            case .byName(let filled): byName = filled
            }
        }
        var paths: [String] = []
        paths.reserveCapacity(order.count)
        for index in order where paths.last != pages[index].relativePath { paths.append(pages[index].relativePath) }
        sortedPaths = paths
        pagesByPath = byPath
        pagesBySection = bySection
        pagesByTitle = byTitle
        pagesByName = byName
        self.files = Set(files)
        self.headings = headings
    }

    private enum Table: CaseIterable {
        case byPath, bySection, byTitle, byName

        enum Filled: Sendable {
            case byPath([String: Page])
            case bySection([String: [String: Page]])
            case byTitle([String: [Page]])
            case byName([String: [Page]])
        }
    }

    /// The heading ids of page `path`; nil when the outline pass did not see the page.
    public func headingIDs(of path: String) -> Set<String>? {
        headings[path].map { Set($0.map(\.id)) }
    }

    public func page(section: String, slug: String) -> Page? { pagesBySection[section]?[slug] }

    /// All link targets a user could have meant, for "menade du …?" hints.
    public var allTargets: [String] { Array(pagesByPath.keys) + Array(files) }

    /// Every page's title, for "menade du [[…]]?" hints.
    public var allTitles: [String] { pagesByPath.values.map(\.title) }

    /// What a wiki link's page part names: a path (`metoder/kartlaggning`), a title
    /// (`Kartläggning`, case and diacritics ignored) or a slug (`kartlaggning`), tried in that order.
    public func pages(named name: String) -> [Page] {
        if name.contains("/") {
            var path = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
            if path.hasSuffix("/") { path.removeLast() }
            for candidate in [path, path + ".md", path + "/index.md"] {
                if let page = pagesByPath[candidate] { return [page] }
            }
            return []
        }
        if let byTitle = pagesByTitle[Slug.fold(name)] { return byTitle }
        let slug = name.hasSuffix(".md") ? Slug.make(String(name.dropLast(3))) : Slug.make(name)
        return pagesByName[slug] ?? []
    }

    /// The heading of page `path` that `name` means: by text (case and diacritics ignored) or id.
    public func heading(_ name: String, in path: String) -> Heading? {
        let all = headings[path] ?? []
        let folded = Slug.fold(name)
        return all.first { Slug.fold($0.text) == folded } ?? all.first { $0.id == name || $0.id == Slug.make(name) }
    }
}
