import Content
import SiteCore

/// Builds the dictionary a theme template renders (the contract is in `themes/default/README.md`).
/// Nothing here is pre-escaped except keys ending in `HTML`.
struct PageView {
    let context: SiteContext
    let path: SitePath

    static let registerPath = SitePath.page(["a-o"])
    static let accessibilityPath = SitePath.page(["tillganglighet"])

    /// The keys every page has: site, navigation, breadcrumbs, assets, strings.
    func base(
        title: String, summary: String?, bodyHTML: String, section: String?, trail: [(String, SitePath)],
        published: String?, updated: String?, isStartPage: Bool = false
    ) -> [String: Any] {
        let site = context.config.site
        let isHome = isStartPage
        var page: [String: Any] = [
            "title": title,
            "documentTitle": isHome ? site.title : "\(title) – \(site.title)",
            "bodyHTML": bodyHTML,
            "url": path.relativeURL(to: path),
        ]
        if let summary, !summary.isEmpty { page["summary"] = summary }
        if let published = published ?? site.published { page["published"] = FieldFormatting.isoDate(published) }
        if let updated = updated ?? site.updated { page["updated"] = FieldFormatting.isoDate(updated) }
        if let section, let schema = context.config.section(section) { page["sectionTitle"] = schema.name }

        var nav: [[String: Any]] = context.config.sections.filter(\.inNavigation).map { schema in
            [
                "title": schema.name,
                "url": path.relativeURL(to: .page([schema.folder])),
                "current": schema.folder == section,
            ]
        }
        if let statistics = context.statistics?.config {
            nav.append(["title": statistics.title, "url": path.relativeURL(to: .page([statistics.folder])), "current": statistics.folder == section])
        }
        var crumbs: [[String: Any]] = []
        if !isHome {
            crumbs.append(["title": context.string("home", "Start"), "url": path.relativeURL(to: .root)])
            for (crumbTitle, crumbPath) in trail where crumbPath != path {
                crumbs.append(["title": crumbTitle, "url": path.relativeURL(to: crumbPath)])
            }
        }
        page["address"] = printAddress
        // Search, accessibility statement, about page and feed: each only where the bank has it.
        var view = publishingLinks()
        let root = String(repeating: "../", count: path.isPage ? path.segments.count : max(path.segments.count - 1, 0))
        view.merge([
            "lang": site.language,
            "site": ["title": site.title, "description": site.description, "organisation": site.organisation],
            "page": page,
            "root": root,
            "assets": ["css": path.relativeURL(to: .file("assets/site.css")), "themeCss": path.relativeURL(to: .file("assets/tema.css"))],
            "homeURL": path.relativeURL(to: .root),
            "registerURL": path.relativeURL(to: Self.registerPath),
            "nav": nav,
            "breadcrumbs": crumbs,
            "facts": [[String: Any]](),
            "notices": [[String: Any]](),
        ]) { own, _ in own }
        return view
    }

    /// Utvecklingstrappan with this page's place on it: the current step, or the steps a case passed.
    func ladder(current: String? = nil, onPath: Set<String> = []) -> [[String: Any]] {
        context.ladderSteps.enumerated().map { offset, step in
            var entry: [String: Any] = [
                "order": step.orderNumber.map { Int($0) } ?? offset + 1,
                "title": step.title,
                "url": path.relativeURL(to: step.sitePath),
                "current": step.slug == current,
                "onPath": onPath.contains(step.slug),
            ]
            if let summary = step.summary { entry["summary"] = summary }
            return entry
        }
    }

    /// A list entry for a page on a section index or the start page.
    func child(_ page: Page, meta: String? = nil) -> [String: Any] {
        var entry: [String: Any] = ["title": page.title, "url": path.relativeURL(to: page.sitePath)]
        if let summary = page.summary { entry["summary"] = summary }
        if let meta { entry["meta"] = meta }
        return entry
    }
}
