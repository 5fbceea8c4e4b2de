import Content
import SiteCore
import Theme

/// Builds the view a theme template renders (the contract is in `themes/default/README.md`),
/// directly as template values. Nothing here is pre-escaped except keys ending in `HTML`.
struct PageView {
    let context: SiteContext
    let path: SitePath

    static let registerPath = SitePath.page(["a-o"])
    static let accessibilityPath = SitePath.page(["tillganglighet"])

    /// The keys every page has: site, navigation, breadcrumbs, assets, strings — as a dictionary,
    /// for the views of pages that are few (statistics, search, 404, accessibility statement).
    func base(
        title: String, summary: String?, bodyHTML: String, section: String?, trail: [(String, SitePath)],
        published: String?, updated: String?, isStartPage: Bool = false
    ) -> [String: Any] {
        baseView(
            title: title, summary: summary, bodyHTML: bodyHTML, section: section, trail: trail, published: published,
            updated: updated, isStartPage: isStartPage
        ).dictionary
    }

    /// The keys every page has: site, navigation, breadcrumbs, assets, strings.
    func baseView(
        title: String, summary: String?, bodyHTML: String, section: String?, trail: [(String, SitePath)],
        published: String?, updated: String?, isStartPage: Bool = false
    ) -> TemplateView {
        baseView(
            title: title, summary: summary, body: .text(bodyHTML), section: section, trail: trail, published: published,
            updated: updated, isStartPage: isStartPage)
    }

    /// The same, with the body as a template value (`.html` bytes, or text).
    func baseView(
        title: String, summary: String?, body: TemplateValue, section: String?, trail: [(String, SitePath)],
        published: String?, updated: String?, isStartPage: Bool = false, extraKeys: Int = 0
    ) -> TemplateView {
        let site = context.config.site
        let isHome = isStartPage
        var page = TemplateView(capacity: 9)
        page[.title] = .text(title)
        page[.documentTitle] = .text(isHome ? site.title : "\(title) – \(site.title)")
        page[.bodyHTML] = body
        page[.url] = .text(path.relativeURL(to: path))
        page[.summary] = summary.map(TemplateValue.text)
        page[.published] = (published ?? site.published).map { .text(FieldFormatting.isoDate($0)) }
        page[.updated] = (updated ?? site.updated).map { .text(FieldFormatting.isoDate($0)) }
        page[.sectionTitle] = section.flatMap { context.config.section($0)?.name }.map(TemplateValue.text)
        page[.address] = .text(printAddress)
        var crumbs: [TemplateValue] = []
        if !isHome {
            crumbs.reserveCapacity(trail.count + 1)
            crumbs.append(Self.link(title: context.string("home", "Start"), url: path.relativeURL(to: .root)))
            for (crumbTitle, crumbPath) in trail where crumbPath != path {
                crumbs.append(Self.link(title: crumbTitle, url: path.relativeURL(to: crumbPath)))
            }
        }
        var view = TemplateView(context.sharedBaseView(for: self, section: section))
        // The keys below, and those the page's own view adds (facts, ladder, relations …).
        view.reserveCapacity(view.object.count + 4 + extraKeys)
        view[.page] = page.value
        view[.breadcrumbs] = .list(crumbs)
        view[.facts] = .list([])
        view[.notices] = .list([])
        return view
    }

    /// What every page in the same folder depth and top folder shows alike, for pages of one
    /// section: site, navigation, assets, the links to the start page, register, search … Each URL
    /// here points at the root, a top folder or a file in one, so it depends only on how deep the
    /// page is and on its top folder (`SharedBaseKey`).
    func sharedBase(section: String?) -> TemplateObject {
        let site = context.config.site
        var nav: [TemplateValue] = context.config.sections.filter(\.inNavigation).map { schema in
            TemplateView([
                "title": .text(schema.name),
                "url": .text(path.relativeURL(to: .page([schema.folder]))),
                "current": .bool(schema.folder == section),
            ]).value
        }
        if let statistics = context.statistics?.config {
            nav.append(TemplateView([
                "title": .text(statistics.title), "url": .text(path.relativeURL(to: .page([statistics.folder]))),
                "current": .bool(statistics.folder == section),
            ]).value)
        }
        // Search, accessibility statement, about page and feed: each only where the bank has it.
        var view = publishingLinks()
        view["lang"] = .text(site.language)
        view["site"] = TemplateView([
            "title": .text(site.title), "description": .text(site.description), "organisation": .text(site.organisation),
        ]).value
        view["root"] = .text(String(repeating: "../", count: sharedBaseKey(section: section).depth))
        view["assets"] = TemplateView([
            "css": .text(path.relativeURL(to: .file("assets/site.css"))),
            "themeCss": .text(path.relativeURL(to: .file("assets/tema.css"))),
        ]).value
        view["homeURL"] = .text(path.relativeURL(to: .root))
        view["registerURL"] = .text(path.relativeURL(to: Self.registerPath))
        view["nav"] = .list(nav)
        return view.object
    }

    /// What `sharedBase` depends on for this page.
    func sharedBaseKey(section: String?) -> SharedBaseKey {
        let depth = path.isPage ? path.segments.count : max(path.segments.count - 1, 0)
        return SharedBaseKey(depth: depth, topFolder: depth > 0 ? path.segments[0] : nil, section: section)
    }

    /// Utvecklingstrappan with this page's place on it: the current step, or the steps a case passed.
    func ladder(current: String? = nil, onPath: Set<String> = []) -> TemplateValue {
        let steps = context.cards.ladder
        var items = context.sharedLadder(for: self) ?? ladderItems()
        if current != nil || !onPath.isEmpty {
            for (index, step) in steps.enumerated() where step.slug == current || onPath.contains(step.slug) {
                items[index] = ladderItem(step, current: step.slug == current, onPath: onPath.contains(step.slug))
            }
        }
        return .list(items)
    }

    /// The ladder's steps with none marked.
    func ladderItems() -> [TemplateValue] {
        context.cards.ladder.map { ladderItem($0, current: false, onPath: false) }
    }

    private func ladderItem(_ step: PageCards.LadderStep, current: Bool, onPath: Bool) -> TemplateValue {
        var item = TemplateView(capacity: 6)
        item[.order] = .int(step.order)
        item[.title] = .text(step.card.title)
        item[.url] = .text(path.relativeURL(to: step.card.sitePath))
        item[.current] = .bool(current)
        item[.onPath] = .bool(onPath)
        item[.summary] = step.card.summary.map(TemplateValue.text)
        return item.value
    }

    /// The page's folder depth when its links to the ladder's steps depend on nothing else: when
    /// its top folder is none of theirs (so the relative URLs share no folder with it).
    var ladderDepth: Int? {
        let depth = path.isPage ? path.segments.count : max(path.segments.count - 1, 0)
        if depth > 0, context.cards.ladder.contains(where: { $0.card.sitePath.segments.first == path.segments[0] }) { return nil }
        return depth
    }

    /// A list entry for a page on a section index, the start page or in a relation group.
    func child(_ page: PageCard, meta: String? = nil) -> TemplateValue {
        var entry = TemplateView(capacity: 4)
        entry[.title] = .text(page.title)
        entry[.url] = .text(path.relativeURL(to: page.sitePath))
        entry[.summary] = page.summary.map(TemplateValue.text)
        entry[.meta] = meta.map(TemplateValue.text)
        return entry.value
    }

    /// A link to a page: a backlink, a fact's link.
    func link(_ page: PageCard) -> TemplateValue {
        if page.isShared(from: path), let shared = page.sharedLink { return shared }
        return Self.link(title: page.title, url: path.relativeURL(to: page.sitePath))
    }

    /// `{title, url}`: a link, a breadcrumb.
    static func link(title: String, url: String) -> TemplateValue {
        var link = TemplateView(capacity: 2)
        link[.title] = .text(title)
        link[.url] = .text(url)
        return link.value
    }
}

extension SitePath {
    /// How many folders deep the page's file lies (`metoder/kartlaggning/index.html`: 2): the
    /// number of `..` in its relative URLs to the root.
    var folderDepth: Int { isPage ? segments.count : max(segments.count - 1, 0) }
}

/// The page folder's depth and top folder, and the page's section: all that the shared part of a
/// page's view depends on (the targets of its links lie at most one folder deep).
struct SharedBaseKey: Hashable, Sendable {
    let depth: Int
    let topFolder: String?
    let section: String?
}
