import SiteCore

/// A link or image of a document, where it was written, and what it points to.
public struct LinkReference: Sendable, Hashable {
    /// The URL as written (reference links resolved by cmark), or as last set by `rewriteLinks`.
    public var destination: String
    public var title: String
    /// The link's text (an image's alt text) without markup.
    public var text: String
    public var isImage: Bool
    /// Where the link begins (its `[`, `![`, `<` or the first `[` of `[[`).
    public var location: SourceLocation
    /// For a wiki link (`[[Kartläggning#Syfte|text]]`), what the author wrote; its `destination`
    /// is then the raw target (`Kartläggning#Syfte`) until the link stage resolves it.
    public var wiki: WikiLinkSyntax?

    public var isWikiLink: Bool { wiki != nil }

    public init(
        destination: String, title: String, text: String, isImage: Bool, location: SourceLocation,
        wiki: WikiLinkSyntax? = nil
    ) {
        self.destination = destination
        self.title = title
        self.text = text
        self.isImage = isImage
        self.location = location
        self.wiki = wiki
    }
}
