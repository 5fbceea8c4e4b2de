import Content
import SiteCore
import Theme

/// What a municipal web needs besides the bank's own pages: the accessibility statement from the
/// configuration, the search page and its index, the 404 page, and — only with a `bas-url` — the
/// sitemap and the Atom feed of case learnings.
struct PublishingPages {
    let context: SiteContext
    let theme: Theme
    /// Display path of `kunskapsbank.yml`, for diagnostics about the `tillganglighet:` section.
    let configFile: String

    struct Output {
        /// HTML pages (counted as pages in the report).
        var pages: [OutputFile] = []
        /// Everything else: search index parts, sitemap, feed.
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
    }

    func make(
        pages: [Page], searchIndex: SearchIndex, writtenPaths: [String]
    ) -> Output {
        var output = Output()
        var searchIndex = searchIndex

        if let node = context.config.extensions[AccessibilityStatement.configKey] {
            var reader = AccessibilityStatementReader(file: configFile, site: context.config.site)
            let statement = reader.read(node)
            output.diagnostics += reader.diagnostics
            if let clash = pages.first(where: { $0.sitePath == AccessibilityStatementView.path }) {
                output.diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: clash.source), rule: "statement.duplicate",
                    "tillgänglighetsredogörelsen finns både här och under tillganglighet: i \(configFile)",
                    hint: "ta bort filen; redogörelsen skapas från konfigurationen"))
            } else if let statement {
                let view = AccessibilityStatementView(
                    statement: statement, builder: PageView(context: context, path: AccessibilityStatementView.path)).make()
                emit("tillganglighet", AccessibilityStatementView.path, view, into: &output)
                searchIndex.add(SearchIndex.Entry(SearchIndex.Document(
                    url: SitePath.root.relativeURL(to: AccessibilityStatementView.path),
                    title: context.string("statementTitle", "Tillgänglighetsredogörelse"), section: "",
                    summary: (view["page"] as? [String: Any])?["summary"] as? String ?? "",
                    text: (view["statement"] as? [String: Any]).map(Self.texts)?.joined(separator: "\n") ?? "")))
            }
        }

        output.files += searchIndex.files()
        emit("sok", SearchPage.path, SearchPage(context: context).view(), into: &output)

        if let notFound = theme.render("404", NotFoundPage(context: context).view()) {
            output.pages.append(OutputFile(path: NotFoundPage.file, text: notFound))
        } else {
            output.diagnostics.append(.missingTemplate("404"))
        }

        if let baseURL = context.config.site.baseURL {
            let feeds = SiteFeeds(context: context, baseURL: baseURL)
            let pagePaths = (writtenPaths + output.pages.map(\.path)).compactMap { path -> SitePath? in
                guard path == "index.html" || path.hasSuffix("/index.html") else { return nil }
                return .page(path.split(separator: "/").dropLast().map(String.init))
            }
            output.files.append(feeds.sitemap(pagePaths: pagePaths))
            if let feed = feeds.caseFeed() { output.files.append(feed) }
        } else {
            output.diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: configFile), rule: "publish.no-base-url",
                "webbplats: bas-url saknas, så sitemap.xml och atom.xml skrivs inte och 404.html blir en sida utan länkar",
                hint: "ange adressen där banken publiceras, till exempel bas-url: https://www.kommun.se/kunskapsbank/"))
        }
        return output
    }

    private func emit(_ template: String, _ path: SitePath, _ view: [String: Any], into output: inout Output) {
        if let html = theme.render(template, view) {
            output.pages.append(OutputFile(path: path.outputFile, text: html))
        } else {
            output.diagnostics.append(.missingTemplate(template))
        }
    }

    /// Every string in a view, for the search text of a generated page.
    private static func texts(_ value: Any) -> [String] {
        switch value {
        case let text as String: text.contains("://") || text.hasPrefix("mailto:") || text.hasPrefix("tel:") ? [] : [text]
        case let dictionary as [String: Any]: dictionary.keys.sorted().flatMap { texts(dictionary[$0] as Any) }
        case let array as [Any]: array.flatMap(texts)
        default: []
        }
    }
}
