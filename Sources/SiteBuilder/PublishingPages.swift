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
    /// Its independent parts on all cores (`BuildOptions.parallel`).
    var parallel = true

    struct Output {
        /// HTML pages (counted as pages in the report).
        var pages: [OutputFile] = []
        /// Everything else: search index parts, sitemap, feed.
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The parts that need nothing of each other, made on all cores; their files and
    /// diagnostics are joined in this order, so the result does not depend on which ends first.
    private enum Job: CaseIterable {
        case statementAndSearchIndex, searchPage, notFound, sitemap, feed
    }

    func make(
        pages: [Page], searchIndex: SearchIndex, writtenPaths: [String]
    ) -> Output {
        var output = Output()

        // The statement is read first (it is small): whether its page is made decides the sitemap.
        var statement: AccessibilityStatement?
        if let node = context.config.extensions[AccessibilityStatement.configKey] {
            var reader = AccessibilityStatementReader(file: configFile, site: context.config.site)
            let read = reader.read(node)
            output.diagnostics += reader.diagnostics
            if let clash = pages.first(where: { $0.sitePath == AccessibilityStatementView.path }) {
                output.diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: clash.source), rule: "statement.duplicate",
                    "tillgänglighetsredogörelsen finns både här och under tillganglighet: i \(configFile)",
                    hint: "ta bort filen; redogörelsen skapas från konfigurationen"))
            } else {
                statement = read
            }
        }
        // The pages made here that the sitemap lists: those whose template the theme has.
        var madePages: [String] = []
        if statement != nil, theme.hasTemplate(Self.statementTemplate) { madePages.append(AccessibilityStatementView.path.outputFile) }
        if theme.hasTemplate(Self.searchTemplate) { madePages.append(SearchPage.path.outputFile) }
        if theme.hasTemplate(Self.notFoundTemplate) { madePages.append(NotFoundPage.file) }

        let feeds = context.config.site.baseURL.map { SiteFeeds(context: context, baseURL: $0) }
        let (statementRead, sitemapFiles) = (statement, writtenPaths + madePages)
        let parts = parallelMap(Job.allCases, parallel: parallel) { job -> Output in
            var part = Output()
            switch job {
            case .statementAndSearchIndex:
                var searchIndex = searchIndex
                if let statementRead { addStatement(statementRead, to: &searchIndex, into: &part) }
                part.files += searchIndex.files()
            case .searchPage:
                emit(Self.searchTemplate, SearchPage.path, SearchPage(context: context).view(), into: &part)
            case .notFound:
                if let notFound = theme.render(Self.notFoundTemplate, NotFoundPage(context: context).view()) {
                    part.pages.append(OutputFile(path: NotFoundPage.file, text: notFound))
                } else {
                    part.diagnostics.append(.missingTemplate(Self.notFoundTemplate))
                }
            case .sitemap:
                if let feeds { part.files.append(feeds.sitemap(files: sitemapFiles)) }
            case .feed:
                if let feed = feeds?.caseFeed() { part.files.append(feed) }
            }
            return part
        }
        for part in parts {
            output.pages += part.pages
            output.files += part.files
            output.diagnostics += part.diagnostics
        }

        if feeds == nil {
            output.diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: configFile), rule: "publish.no-base-url",
                "webbplats: bas-url saknas, så sitemap.xml och atom.xml skrivs inte och 404.html blir en sida utan länkar",
                hint: "ange adressen där banken publiceras, till exempel bas-url: https://www.kommun.se/kunskapsbank/"))
        }
        return output
    }

    static let statementTemplate = "tillganglighet"
    static let searchTemplate = "sok"
    static let notFoundTemplate = "404"

    /// The statement's page, and its text in the search index.
    private func addStatement(_ statement: AccessibilityStatement, to searchIndex: inout SearchIndex, into output: inout Output) {
        let view = AccessibilityStatementView(
            statement: statement, builder: PageView(context: context, path: AccessibilityStatementView.path)).make()
        emit(Self.statementTemplate, AccessibilityStatementView.path, view, into: &output)
        searchIndex.add(SearchIndex.Entry(SearchIndex.Document(
            url: SitePath.root.relativeURL(to: AccessibilityStatementView.path),
            title: context.string("statementTitle", "Tillgänglighetsredogörelse"), section: "",
            summary: (view["page"] as? [String: Any])?["summary"] as? String ?? "",
            text: (view["statement"] as? [String: Any]).map(Self.texts)?.joined(separator: "\n") ?? "")))
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
