/// Which of Kunskapsbank's additions to CommonMark a document gets, and whether cmark runs safe.
public struct MarkdownOptions: Sendable, Hashable {
    /// cmark's safe mode: raw HTML becomes `<!-- raw HTML omitted -->`, `javascript:` and similar
    /// URLs are emptied. `false` passes both through (`CMARK_OPT_UNSAFE`).
    public var safe: Bool
    /// Headings render as `<h2 id="syfte">`, with Swedish slugs numbered when repeated.
    public var headingIDs: Bool
    /// ```` ```tabell ```` blocks become accessible tables, and GFM pipe tables get a warning.
    public var tables: Bool
    /// `[[Sidans titel]]`, `[[sektion/slug|text]]`, `[[#Rubrik]]` become links for the link stage.
    public var wikiLinks: Bool
    /// Syntax of other tools (Obsidian callouts and tags, shortcodes, MDX) gets a warning at its line.
    public var foreignSyntax: Bool

    public init(safe: Bool = true, headingIDs: Bool = true, tables: Bool = true, wikiLinks: Bool = true, foreignSyntax: Bool = true) {
        self.safe = safe
        self.headingIDs = headingIDs
        self.tables = tables
        self.wikiLinks = wikiLinks
        self.foreignSyntax = foreignSyntax
    }

    /// CommonMark exactly as cmark renders it (safe mode), with every addition off.
    public static let plainCommonMark = MarkdownOptions(
        safe: true, headingIDs: false, tables: false, wikiLinks: false, foreignSyntax: false)
}
