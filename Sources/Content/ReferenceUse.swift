import SiteCore

/// A front-matter value that names a page of another section, checked once all pages are read.
struct ReferenceUse: Sendable {
    var section: String
    var slug: String
    var location: SourceLocation
    var sourceLine: String?
}
