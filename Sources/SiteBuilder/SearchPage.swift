import Content
import SiteCore

/// The search page `sok/` (template `sok`) and the index it reads: every page an author wrote
/// except the start page, plus generated pages worth finding (the accessibility statement).
struct SearchPage {
    let context: SiteContext

    static let path = SitePath.page([SearchIndex.folder])
    static let scriptAsset = "sok.js"

    /// A page's document for the index (nil for the start page, which is not searched): `text` is
    /// its Markdown as plain text, tables included, before any link is rewritten.
    static func document(_ page: Page, config: BankConfig, text: [UInt8]) -> SearchIndex.Document? {
        guard page.kind != .home else { return nil }
        return SearchIndex.Document(
            url: SitePath.root.relativeURL(to: page.sitePath), title: page.title,
            section: page.section.flatMap { config.section($0)?.name } ?? "",
            summary: page.summary ?? "", textUTF8: text)
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
