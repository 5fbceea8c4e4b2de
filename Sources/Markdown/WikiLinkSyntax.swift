import SiteCore

/// What an author wrote between `[[` and `]]`: `Kartläggning#Syfte|visad text`.
public struct WikiLinkSyntax: Sendable, Hashable {
    /// The page part as written (`Kartläggning`, `kartlaggning`, `metoder/kartlaggning`); empty for `[[#Syfte]]`.
    public var page: String
    /// The heading part after `#`, as written (`Syfte`), or nil.
    public var heading: String?
    /// The text after `|`, or nil when the link shows its target's title.
    public var label: String?

    public init(page: String, heading: String? = nil, label: String? = nil) {
        self.page = page
        self.heading = heading
        self.label = label
    }

    /// Splits the inside of `[[…]]` at the first `|` and then the first `#`; nil when no target is left.
    public init?(inner: String) {
        var target = Substring(inner)
        var label: String?
        if let bar = inner.firstIndex(of: "|") {
            target = inner[..<bar]
            let text = String(inner[inner.index(after: bar)...]).trimmingSpaces()
            label = text.isEmpty ? nil : text
        }
        var heading: String?
        if let hash = target.firstIndex(of: "#") {
            let text = String(target[target.index(after: hash)...]).trimmingSpaces()
            heading = text.isEmpty ? nil : text
            target = target[..<hash]
        }
        let page = String(target).trimmingSpaces()
        guard !page.isEmpty || heading != nil else { return nil }
        self.init(page: page, heading: heading, label: label)
    }

    /// The target as written, without the label: `Kartläggning#Syfte`.
    public var target: String { page + (heading.map { "#" + $0 } ?? "") }

    /// What the link shows before it is resolved: the label, or the target without decoration.
    public var provisionalText: String { label ?? (page.isEmpty ? heading ?? "" : page) }
}
