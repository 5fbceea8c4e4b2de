import SiteCore

/// Which role a Markdown file plays in the site.
public enum PageKind: Sendable, Hashable {
    /// `content/index.md`, the start page.
    case home
    /// `content/<section>/index.md`, the introduction of a section.
    case sectionIndex
    /// Any other page: one in a section, or a free page in the content root.
    case regular
}

/// One Markdown page with its validated front matter and its body, not yet parsed.
public struct Page: Sendable {
    /// Display path (`content/fall/fall-07.md`).
    public var source: String
    /// Path inside the content folder (`metoder/kartlaggning.md`).
    public var relativePath: String
    /// The section folder; nil for pages in the content root.
    public var section: String?
    /// The file name's slug (`kartlaggning`; `index` for index pages).
    public var slug: String
    public var kind: PageKind
    public var sitePath: SitePath
    /// From `titel`; the file name when it is missing (an error is reported then).
    public var title: String
    /// From `sammanfattning`.
    public var summary: String?
    /// In schema order, only the fields present with a valid value.
    public var fields: [FieldEntry]
    /// The Markdown after the front matter, with `\n` line ends and no byte order mark.
    public var body: String
    /// Lines of the file before the body: a cmark line plus this offset is the file line.
    public var bodyLineOffset: Int
    /// The YAML between the `---` lines as written (file line 2 is its first line); empty when the
    /// page has none. Later stages scan it (privacy) without trusting the schema.
    public var frontMatter: String = ""

    public init(
        source: String, relativePath: String, section: String?, slug: String, kind: PageKind, sitePath: SitePath,
        title: String, summary: String? = nil, fields: [FieldEntry] = [], body: String, bodyLineOffset: Int = 0
    ) {
        self.source = source
        self.relativePath = relativePath
        self.section = section
        self.slug = slug
        self.kind = kind
        self.sitePath = sitePath
        self.title = title
        self.summary = summary
        self.fields = fields
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }

    /// The value of the front-matter field `key`, if present and valid.
    public func value(_ key: String) -> FieldValue? {
        fields.first { $0.key == key }?.value
    }
}

/// One front-matter field of a page, with where its key stands in the file.
public struct FieldEntry: Sendable, Hashable {
    public var key: String
    public var value: FieldValue
    public var location: SourceLocation

    public init(key: String, value: FieldValue, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }
}
