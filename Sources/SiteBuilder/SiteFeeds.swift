import Content
import SiteCore

/// `sitemap.xml` (every page) and `atom.xml` (the case learnings): the two formats that demand
/// absolute URLs, so both are made only from the configured `bas-url`. Dates come from front
/// matter or the configuration, never from the build clock.
struct SiteFeeds {
    let context: SiteContext
    /// `https://www.nybro.se/kunskapsbank/drive/`, always ending in `/`.
    let baseURL: String

    static let sitemapFile = "sitemap.xml"
    static let feedFile = "atom.xml"
    static let caseTemplate = "fall"
    /// The newest learnings a feed carries: a feed reader needs what is new, not the whole bank
    /// (Hugo's uncapped feeds cost it most of its time at 50 000 pages).
    static let feedLimit = 50

    init(context: SiteContext, baseURL: String) {
        self.context = context
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// The absolute URL of a page, in the folder form servers answer (`…/metoder/kartlaggning/`).
    func absoluteURL(_ path: SitePath) -> String {
        baseURL + (path.isPage ? path.segments.map { percentEncodePathSegment($0) + "/" }.joined()
            : path.segments.map(percentEncodePathSegment).joined(separator: "/"))
    }

    /// Every HTML page of the site (the 404 page excepted), sorted by URL.
    func sitemap(pagePaths: [SitePath]) -> OutputFile {
        let updatedByPath = Dictionary(
            context.index.pagesByPath.values.map { ($0.sitePath, updated($0)) }, uniquingKeysWith: { a, _ in a })
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        // In `SitePath` order, each path's output file name made once rather than per comparison.
        for (_, path) in Set(pagePaths).map({ ($0.outputFile, $0) }).sorted(by: { $0.0 < $1.0 }) {
            lines.append("<url><loc>\(escapeHTML(absoluteURL(path)))</loc>"
                + ((updatedByPath[path] ?? context.config.site.updated).map { "<lastmod>\($0)</lastmod>" } ?? "")
                + "</url>")
        }
        lines.append("</urlset>")
        return OutputFile(path: Self.sitemapFile, text: lines.joined(separator: "\n") + "\n")
    }

    /// The newest case learnings (at most `feedLimit`), newest end month first, as an Atom feed;
    /// nil when the bank has no section with the `fall` template.
    func caseFeed() -> OutputFile? {
        guard let cases = context.config.sections.first(where: { $0.template == Self.caseTemplate }) else { return nil }
        let site = context.config.site
        // Newest learning first, as on the start page: by the latest month the front matter names.
        let pages = (context.sectionPages[cases.folder] ?? []).sorted { a, b in
            let (x, y) = (Self.lastMonth(a), Self.lastMonth(b))
            return x != y ? x > y : a.relativePath < b.relativePath
        }
        let feedUpdated = pages.map(entryDate).max() ?? site.updated ?? site.published ?? "2000-01-01"
        let newest = pages.prefix(Self.feedLimit)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(escapeHTML(site.language))">"#,
            "<title>\(escapeHTML(cases.name + " – " + site.title))</title>",
            "<id>\(escapeHTML(absoluteURL(.page([cases.folder]))))</id>",
            #"<link rel="self" href="\#(escapeHTML(baseURL + Self.feedFile))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(escapeHTML(absoluteURL(.page([cases.folder]))))"/>"#,
            "<updated>\(Self.timestamp(feedUpdated))</updated>",
            "<author><name>\(escapeHTML(site.organisation.isEmpty ? site.title : site.organisation))</name></author>",
        ]
        for page in newest {
            let url = escapeHTML(absoluteURL(page.sitePath))
            lines.append("<entry>")
            lines.append("<title>\(escapeHTML(page.title))</title>")
            lines.append("<id>\(url)</id>")
            lines.append(#"<link rel="alternate" type="text/html" href="\#(url)"/>"#)
            lines.append("<updated>\(Self.timestamp(entryDate(page)))</updated>")
            if let summary = page.summary { lines.append("<summary>\(escapeHTML(summary))</summary>") }
            lines.append("</entry>")
        }
        lines.append("</feed>")
        return OutputFile(path: Self.feedFile, text: lines.joined(separator: "\n") + "\n")
    }

    /// The page's own `senast-uppdaterad`, else the site's.
    private func updated(_ page: Page) -> String? {
        if case .date(let year, let month, let day)? = page.value("senast-uppdaterad") { return Self.isoDate(year, month, day) }
        return context.config.site.updated
    }

    /// A case's date in the feed: its own update date, else the site's.
    private func entryDate(_ page: Page) -> String {
        updated(page) ?? context.config.site.published ?? "2000-01-01"
    }

    private static func lastMonth(_ page: Page) -> Int {
        page.fields.compactMap { entry -> Int? in
            if case .month(let year, let month) = entry.value { return year * 12 + month }
            return nil
        }.max() ?? 0
    }

    static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// `2026-11-25` → `2026-11-25T00:00:00Z` (Atom requires a time).
    static func timestamp(_ day: String) -> String { day + "T00:00:00Z" }
}
