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
///
/// A value, like any struct, but its fields live in one shared box that is copied only when a copy
/// is changed: pages are handed between stages and threads many times per build, and copying a
/// dozen strings and arrays each time (a retain and a release apiece) cost about 6 % of a build's
/// CPU at 10 000 pages.
public struct Page: Sendable {
    /// Display path (`content/fall/fall-07.md`).
    public var source: String {
        get { box.source }
        _modify { yield &unique().source }
    }
    /// Path inside the content folder (`metoder/kartlaggning.md`).
    public var relativePath: String {
        get { box.relativePath }
        _modify { yield &unique().relativePath }
    }
    /// The section folder; nil for pages in the content root.
    public var section: String? {
        get { box.section }
        _modify { yield &unique().section }
    }
    /// The file name's slug (`kartlaggning`; `index` for index pages).
    public var slug: String {
        get { box.slug }
        _modify { yield &unique().slug }
    }
    public var kind: PageKind {
        get { box.kind }
        _modify { yield &unique().kind }
    }
    public var sitePath: SitePath {
        get { box.sitePath }
        _modify { yield &unique().sitePath }
    }
    /// From `titel`; the file name when it is missing (an error is reported then).
    public var title: String {
        get { box.title }
        _modify { yield &unique().title }
    }
    /// From `sammanfattning`.
    public var summary: String? {
        get { box.summary }
        _modify { yield &unique().summary }
    }
    /// In schema order, only the fields present with a valid value.
    public var fields: [FieldEntry] {
        get { box.fields }
        _modify { yield &unique().fields }
    }
    /// The Markdown after the front matter, with `\n` line ends and no byte order mark.
    public var body: String {
        get { box.body }
        _modify { yield &unique().body }
    }
    /// Lines of the file before the body: a cmark line plus this offset is the file line.
    public var bodyLineOffset: Int {
        get { box.bodyLineOffset }
        _modify { yield &unique().bodyLineOffset }
    }
    /// The YAML between the `---` lines as written (file line 2 is its first line); empty when the
    /// page has none. Later stages scan it (privacy) without trusting the schema.
    public var frontMatter: String {
        get { box.frontMatter }
        _modify { yield &unique().frontMatter }
    }

    private var box: Box

    public init(
        source: String, relativePath: String, section: String?, slug: String, kind: PageKind, sitePath: SitePath,
        title: String, summary: String? = nil, fields: [FieldEntry] = [], body: String, bodyLineOffset: Int = 0
    ) {
        box = Box(
            source: source, relativePath: relativePath, section: section, slug: slug, kind: kind, sitePath: sitePath,
            title: title, summary: summary, fields: fields, body: body, bodyLineOffset: bodyLineOffset)
    }

    /// The value of the front-matter field `key`, if present and valid.
    public func value(_ key: String) -> FieldValue? {
        box.fields.first { $0.key == key }?.value
    }

    /// The box, copied first if another page shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        return box
    }

    /// Unchecked: a box is changed only through `unique()`, that is, only while one page holds it,
    /// so no two threads ever see it change.
    private final class Box: @unchecked Sendable {
        var source: String
        var relativePath: String
        var section: String?
        var slug: String
        var kind: PageKind
        var sitePath: SitePath
        var title: String
        var summary: String?
        var fields: [FieldEntry]
        var body: String
        var bodyLineOffset: Int
        var frontMatter = ""

        init(
            source: String, relativePath: String, section: String?, slug: String, kind: PageKind, sitePath: SitePath,
            title: String, summary: String?, fields: [FieldEntry], body: String, bodyLineOffset: Int
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

        func copy() -> Box {
            let copy = Box(
                source: source, relativePath: relativePath, section: section, slug: slug, kind: kind, sitePath: sitePath,
                title: title, summary: summary, fields: fields, body: body, bodyLineOffset: bodyLineOffset)
            copy.frontMatter = frontMatter
            return copy
        }
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
