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

    /// Every HTML page of the site (the 404 page excepted), sorted by URL: the `index.html` files
    /// among `files` (output paths, `metoder/kartlaggning/index.html`).
    func sitemap(files: [String]) -> OutputFile {
        let siteUpdated = context.config.site.updated
        // Only pages with a date of their own differ from the site's (no two pages share a path:
        // the loader keeps the first).
        var ownDates: [String: String] = [:]
        for page in context.index.pagesByPath.values {
            if case .date(let year, let month, let day)? = page.value("senast-uppdaterad") {
                ownDates[page.sitePath.outputFile] = Self.isoDate(year, month, day)
            }
        }
        // Output paths made only of unreserved characters are their own URL: no `SitePath` to make.
        var entries: [(file: String, path: SitePath?)] = []
        entries.reserveCapacity(files.count)
        for file in files where file == Self.pageFile || file.hasSuffix("/" + Self.pageFile) {
            let path: SitePath? = Self.isPlainPageFile(file) ? nil : .page(file.split(separator: "/").dropLast().map(String.init))
            entries.append((path?.outputFile ?? file, path))
        }
        // A page listed twice is one entry: once sorted, its copies are neighbours (and equal
        // files have equal paths). This replaced a set of every file (0.1 % of a 10 000-page build).
        entries.sort { $0.file < $1.file }
        var kept = 0
        for index in entries.indices where kept == 0 || entries[index].file != entries[kept - 1].file {
            entries.swapAt(kept, index)
            kept += 1
        }
        entries.removeLast(entries.count - kept)
        let base = escapeHTML(baseURL)
        var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"# + "\n"
        text.reserveCapacity(entries.count * (base.utf8.count + 64))
        for (file, path) in entries {
            text += "<url><loc>"
            if let path {
                text += escapeHTML(absoluteURL(path))
            } else {
                text += base
                text.append(contentsOf: file.dropLast(Self.pageFile.count))  // ASCII: characters are bytes
            }
            text += "</loc>"
            if let date = ownDates[file] ?? siteUpdated { text += "<lastmod>" + date + "</lastmod>" }
            text += "</url>\n"
        }
        text += "</urlset>\n"
        return OutputFile(path: Self.sitemapFile, text: text)
    }

    private static let pageFile = "index.html"

    /// Whether an output path is unreserved characters and single slashes, not starting with one:
    /// then it is its page's `outputFile`, and its folder part is its URL path as it stands.
    private static func isPlainPageFile(_ file: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        for byte in file.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                break
            case UInt8(ascii: "/"):
                if previous == UInt8(ascii: "/") { return false }
            default:
                return false
            }
            previous = byte
        }
        return true
    }

    /// The newest case learnings (at most `feedLimit`), newest end month first, as an Atom feed;
    /// nil when the bank has no section with the `fall` template.
    func caseFeed() -> OutputFile? {
        guard let cases = context.config.sections.first(where: { $0.template == Self.caseTemplate }) else { return nil }
        let site = context.config.site
        // Newest learning first, as on the start page: by the latest month the front matter names.
        let pages = context.sectionPages[cases.folder] ?? []
        let feedUpdated = pages.map(entryDate).max() ?? site.updated ?? site.published ?? "2000-01-01"
        let newest = Self.newest(pages, count: Self.feedLimit)
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

    /// The `count` pages with the latest `lastMonth`, newest first, ties by source path. Each
    /// page's month is read once, and only the pages that can be among the newest are sorted.
    static func newest(_ pages: [Page], count: Int) -> [Page] {
        guard count > 0 else { return [] }
        let months = pages.map(lastMonth)
        // The month of the `count`th newest page: no older page can make it into the feed.
        let threshold = months.count > count ? months.sorted(by: >)[count - 1] : Int.min
        let candidates = pages.indices.filter { months[$0] >= threshold }
        return candidates.sorted { i, j in
            months[i] != months[j] ? months[i] > months[j] : pages[i].relativePath < pages[j].relativePath
        }.prefix(count).map { pages[$0] }
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
