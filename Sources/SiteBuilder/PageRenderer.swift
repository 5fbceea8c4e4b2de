import Content
import Linking
import Markdown
import Theme
import SiteCore

/// Renders the Markdown of content pages in two passes: the outline pass collects each page's
/// headings and links for the link stage, the render pass applies the link stage's answers and
/// produces the page's HTML and view. Each pass owns its cmark trees from parse to free.
struct PageRenderer: Sendable {
    let dataFiles: [String: String]
    let theme: Theme

    struct Outline: Sendable {
        let headings: [Heading]
        let links: [LinkReference]
        let diagnostics: [Diagnostic]
    }

    struct Rendered: Sendable {
        let file: OutputFile?
        let diagnostics: [Diagnostic]
        /// The page's entry in the search index (nil for the start page).
        var search: SearchIndex.Entry?
    }

    func outline(_ page: Page) -> Outline {
        let document = parse(page)
        return Outline(headings: document.headings, links: document.links, diagnostics: document.diagnostics)
    }

    /// `resolutions` replaces the graph's for this page (`serve`'s fast path resolves them itself).
    func render(_ page: Page, context: SiteContext, resolutions given: [LinkResolution]? = nil) -> Rendered {
        // The outline pass reported the syntax of other tools already; the tree is the same without it.
        let document = parse(page, options: MarkdownOptions(foreignSyntax: false))
        var diagnostics: [Diagnostic] = []
        // Indexed as written, before any link is rewritten.
        let search = SearchPage.document(page, context: context, text: document.plainText).map(SearchIndex.Entry.init)
        // The link stage resolved this page's links (same source, same parse, same order) and
        // reported their problems already.
        let resolutions = given ?? context.graph.resolutions[page.relativePath] ?? []
        document.applyLinks { index, _ in index < resolutions.count ? resolutions[index].rewrite : .keep }
        let body = document.renderHTML()
        let builder = PageView(context: context, path: page.sitePath)
        let (template, view) = ContentPageView(page: page, bodyHTML: body, builder: builder).make()
        guard let html = theme.render(template, view) ?? theme.render("sida", view) else {
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: page.source), rule: "theme.missing-template",
                "temat saknar mallen \(template).mustache och reservmallen sida.mustache",
                hint: "lägg till mallen i themes/<tema>/templates/"))
            return Rendered(file: nil, diagnostics: diagnostics, search: search)
        }
        return Rendered(file: OutputFile(path: page.sitePath.outputFile, text: html), diagnostics: diagnostics, search: search)
    }

    private func parse(_ page: Page, options: MarkdownOptions = MarkdownOptions()) -> MarkdownDocument {
        MarkdownDocument(
            page.body, sourceFile: page.source, lineOffset: page.bodyLineOffset, options: options,
            readDataFile: { path in dataFiles[path] })
    }
}
