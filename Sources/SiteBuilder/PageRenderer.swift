import Content
import Linking
import Markdown
import Theme
import SiteCore

/// Renders the Markdown of content pages in two passes over one parse: the outline pass parses a
/// page, collects its headings and links for the link stage, makes its search-index entry and
/// renders its body with holes for the links (`PreparedBody`), then frees the tree; the render
/// pass fills the holes with the link stage's answers and produces the page's HTML and view. Only
/// a body the holes cannot express is parsed again (see `PreparedBody`).
struct PageRenderer: Sendable {
    let dataFiles: [String: String]
    let theme: Theme

    struct Outline: Sendable {
        let headings: [Heading]
        let links: [LinkReference]
        let diagnostics: [Diagnostic]
        /// The rendered body waiting for its links (nil: the render pass parses the page again).
        var body: PreparedBody?
        /// The page's entry in the search index (nil for the start page), made from its text as written.
        var search: SearchIndex.Entry?
    }

    struct Rendered: Sendable {
        let file: OutputFile?
        let diagnostics: [Diagnostic]
    }

    func outline(_ page: Page, config: BankConfig) -> Outline {
        let document = parse(page)
        let search = SearchPage.document(page, config: config, text: document.plainTextUTF8).map(SearchIndex.Entry.init)
        return Outline(
            headings: document.headings, links: document.links, diagnostics: document.diagnostics,
            body: document.prepareBody(), search: search)
    }

    /// `body` is the outline pass's; `resolutions` replaces the graph's for this page (`serve`'s
    /// fast path resolves them itself).
    func render(_ page: Page, body prepared: PreparedBody?, context: SiteContext, resolutions given: [LinkResolution]? = nil) -> Rendered {
        // The link stage resolved this page's links (same source, same parse, same order) and
        // reported their problems already.
        let resolutions = given ?? context.graph.resolutions[page.relativePath] ?? []
        let rewrite = { (index: Int) in index < resolutions.count ? resolutions[index].rewrite : .keep }
        let body = prepared?.html(applying: rewrite) ?? {
            // The outline pass reported the syntax of other tools already; the tree is the same without it.
            let document = parse(page, options: MarkdownOptions(foreignSyntax: false))
            document.applyLinks { index, _ in rewrite(index) }
            return Array(document.renderHTML().utf8)
        }()
        let builder = PageView(context: context, path: page.sitePath)
        let (template, view) = ContentPageView(page: page, bodyBytes: body, builder: builder).make()
        guard let html = theme.renderBytes(template, view) ?? theme.renderBytes("sida", view) else {
            return Rendered(file: nil, diagnostics: [Diagnostic(
                .error, at: SourceLocation(file: page.source), rule: "theme.missing-template",
                "temat saknar mallen \(template).mustache och reservmallen sida.mustache",
                hint: "lägg till mallen i themes/<tema>/templates/")])
        }
        return Rendered(file: OutputFile(path: page.sitePath.outputFile, bytes: html), diagnostics: [])
    }

    private func parse(_ page: Page, options: MarkdownOptions = MarkdownOptions()) -> MarkdownDocument {
        MarkdownDocument(
            page.body, sourceFile: page.source, lineOffset: page.bodyLineOffset, options: options,
            readDataFile: { path in dataFiles[path] })
    }
}
