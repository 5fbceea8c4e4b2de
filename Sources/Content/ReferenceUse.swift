import SiteCore

/// A front-matter value that names a page of another section, checked once all pages are read.
struct ReferenceUse: Sendable {
    var section: String
    var slug: String
    var location: SourceLocation
    /// Text holding the reference's line, so that the line is cut out only for a broken reference
    /// (nearly all references resolve): the front matter the page keeps anyway.
    var text: String?
    /// The file line `text` starts on.
    var textFirstLine = 1

    /// Line `location.line` of the file, if known.
    var sourceLine: String? { DiagnosticCollector.line(location.line - textFirstLine + 1, of: text) }
}
