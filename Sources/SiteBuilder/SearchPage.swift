import Content
import Markdown
import SiteCore

/// The search page `sok/` (template `sok`) and the index it reads: every page an author wrote
/// except the start page, plus generated pages worth finding (the accessibility statement).
struct SearchPage {
    let context: SiteContext

    static let path = SitePath.page([SearchIndex.folder])
    static let scriptAsset = "sok.js"

    /// Documents for the index, in the order of their source paths; the text is the page's Markdown
    /// as plain text (tables included): the outline pass's text (`plainTexts`, by relative path)
    /// when it has one, else parsed once more here so rendering stays untouched.
    static func documents(
        pages: [Page], context: SiteContext, dataFiles: [String: String], plainTexts: [String: String] = [:], parallel: Bool
    ) -> [SearchIndex.Document] {
        let indexed = pages.filter { $0.kind != .home }
        return parallelMap(indexed, parallel: parallel) { page in
            let text = plainTexts[page.relativePath] ?? MarkdownDocument(
                page.body, sourceFile: page.source, lineOffset: page.bodyLineOffset,
                options: MarkdownOptions(), readDataFile: { dataFiles[$0] }).plainText
            return SearchIndex.Document(
                url: SitePath.root.relativeURL(to: page.sitePath), title: page.title,
                section: page.section.flatMap { context.config.section($0)?.name } ?? "",
                summary: page.summary ?? "", text: text)
        }
    }

    /// The view of the search page: the base view, the script files, and the texts the script shows.
    func view() -> [String: Any] {
        let builder = PageView(context: context, path: Self.path)
        var view = builder.base(
            title: context.string("searchTitle", "Sök"), summary: nil, bodyHTML: "", section: nil, trail: [],
            published: nil, updated: nil)
        view["search"] = [
            "indexURL": Self.path.relativeURL(to: .file(SearchIndex.folder + "/index.js")),
            "scriptURL": Self.path.relativeURL(to: .file("assets/" + Self.scriptAsset)),
            "root": Self.path.relativeURL(to: .root).replacingSuffix("index.html", with: ""),
            "formURL": Self.path.relativeURL(to: Self.path),
        ]
        return view
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
