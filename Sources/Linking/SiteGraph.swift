import SiteCore

/// The bank's pages as a graph: how every link of every page resolved, which pages link to which
/// in prose (backlinks), and which refer to which in front matter (relations).
public struct SiteGraph: Sendable {
    /// Per page (source path), one resolution per link of `MarkdownDocument.links`, in that order.
    public var resolutions: [String: [LinkResolution]]
    /// Per page, the pages whose prose links lead to it (source paths, sorted, no page itself),
    /// without those already shown in one of its relation groups.
    public var backlinks: [String: [String]]
    /// Per page, the pages whose front matter names it, grouped by section and field.
    public var relations: [String: [RelationGroup]]
    /// Broken and ambiguous links, orphans and relation-configuration problems, sorted.
    public var diagnostics: [Diagnostic]

    public init(
        resolutions: [String: [LinkResolution]] = [:], backlinks: [String: [String]] = [:],
        relations: [String: [RelationGroup]] = [:], diagnostics: [Diagnostic] = []
    ) {
        self.resolutions = resolutions
        self.backlinks = backlinks
        self.relations = relations
        self.diagnostics = diagnostics
    }
}

/// Pages whose front matter names one page through one field: on a method page, the cases whose
/// `metoder:` lists it (`fall.metoder`).
public struct RelationGroup: Sendable, Hashable {
    /// `<section>.<field>` of the referring pages (`fall.metoder`).
    public var key: String
    /// The heading readers see (`Fall där metoden har använts`), from `relationer:` in the configuration.
    public var title: String
    /// Source paths of the referring pages, in their section's order.
    public var pages: [String]
    /// Trusted HTML a later stage may add under the heading (the statistics stage's outcome
    /// summary on method pages, already disclosure-controlled); nil when there is none.
    public var summaryHTML: String?

    public init(key: String, title: String, pages: [String], summaryHTML: String? = nil) {
        self.key = key
        self.title = title
        self.pages = pages
        self.summaryHTML = summaryHTML
    }
}
