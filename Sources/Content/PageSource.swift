import SiteCore

/// A Markdown file found by discovery, placed in the site but not read yet.
struct PageSource: Sendable {
    var file: BankFile
    var section: String?
    var kind: PageKind
    var slug: String
    var sitePath: SitePath
}
