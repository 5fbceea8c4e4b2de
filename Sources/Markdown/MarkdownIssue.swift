import SiteCore

/// A problem found in the Markdown, placed by cmark's line and a character column. The document
/// turns it into a `Diagnostic`, adding the file, the front-matter offset and the source line.
struct MarkdownIssue {
    var severity: Severity
    var line: Int
    var column: Int
    var rule: String
    var message: String
    var hint: String?
}
