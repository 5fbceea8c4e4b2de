import SiteCore

/// A link or image of a document, where it was written, and what it points to.
public struct LinkReference: Sendable, Hashable {
    /// The URL as written (reference links resolved by cmark), or as last set by `rewriteLinks`.
    public var destination: String
    public var title: String
    /// The link's text (an image's alt text) without markup.
    public var text: String
    public var isImage: Bool
    /// Where the link begins (its `[`, `![` or `<`).
    public var location: SourceLocation

    public init(destination: String, title: String, text: String, isImage: Bool, location: SourceLocation) {
        self.destination = destination
        self.title = title
        self.text = text
        self.isImage = isImage
        self.location = location
    }
}
