import Content
import Markdown
import Theme
import SiteCore

/// Renders the Markdown of content pages in two passes: the outline pass collects each page's
/// heading ids (so links to `other.md#rubrik` can be checked), the render pass rewrites links and
/// produces the page's HTML and view. Each pass owns its cmark trees from parse to free.
struct PageRenderer: Sendable {
    let dataFiles: [String: String]
    let theme: Theme

    struct Outline: Sendable {
        let headingIDs: Set<String>
        let diagnostics: [Diagnostic]
    }

    struct Rendered: Sendable {
        let file: OutputFile?
        let diagnostics: [Diagnostic]
    }

    func outline(_ page: Page) -> Outline {
        let document = parse(page)
        return Outline(headingIDs: Set(document.headings.map(\.id)), diagnostics: document.diagnostics)
    }

    func render(_ page: Page, context: SiteContext) -> Rendered {
        let document = parse(page)
        var diagnostics: [Diagnostic] = []
        let resolver = LinkResolver(index: context.index, page: page)
        document.rewriteLinks { link in
            switch resolver.resolve(link) {
            case .keep: return nil
            case .replace(let url): return url
            case .broken(let problem):
                diagnostics.append(problem)
                return nil
            }
        }
        let body = document.renderHTML()
        let builder = PageView(context: context, path: page.sitePath)
        let (template, view) = ContentPageView(page: page, bodyHTML: body, builder: builder).make()
        guard let html = theme.render(template, view) ?? theme.render("sida", view) else {
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: page.source), rule: "theme.missing-template",
                "temat saknar mallen \(template).mustache och reservmallen sida.mustache",
                hint: "lägg till mallen i themes/<tema>/templates/"))
            return Rendered(file: nil, diagnostics: diagnostics)
        }
        return Rendered(file: OutputFile(path: page.sitePath.outputFile, text: html), diagnostics: diagnostics)
    }

    private func parse(_ page: Page) -> MarkdownDocument {
        MarkdownDocument(
            page.body, sourceFile: page.source, lineOffset: page.bodyLineOffset,
            readDataFile: { path in dataFiles[path] })
    }
}
