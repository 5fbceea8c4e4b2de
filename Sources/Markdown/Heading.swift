import SiteCore

/// A heading of a document, in document order, with the id it is (or would be) rendered with.
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text without markup (`Syfte och mål`).
    public var text: String
    /// The fragment id, unique within the document (`syfte-och-mal`, a repeat gets `-1`, `-2` …).
    /// Rendered only when `MarkdownOptions.headingIDs` is on.
    public var id: String
    public var location: SourceLocation

    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
