/// What the link stage does with one link or image of a document.
public enum LinkRewrite: Sendable, Hashable {
    /// Leave it as written.
    case keep
    /// Point it at `url`; a link whose text is plain gets `text` instead when given (a wiki link's title).
    case replace(url: String, text: String? = nil)
    /// A link leaving the site: it gets `class="extern"` and `note` as visually hidden text
    /// (`(extern webbplats)`) inside the link, so screen readers announce it too.
    case external(note: String)
    /// Not a link any more: its text stays, so nothing renders as a dead link; an image leaves its alt text.
    case unlink
}
