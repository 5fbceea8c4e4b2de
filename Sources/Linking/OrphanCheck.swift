import Content
import SiteCore

/// Warns about regular pages nothing leads to: no other page links to them in prose and they take
/// part in no front-matter reference (relations are shown on both pages, so a case naming a
/// method is reachable from the method). Section listings and the A–Ö register do not count:
/// they list every page.
enum OrphanCheck {
    static let rule = "link.orphan"

    /// - Parameter linkedTo: the pages other pages link to in prose (keys; the linking pages as values).
    static func run(index: SiteIndex, linkedTo: [String: [String]], related: Set<String>) -> [Diagnostic] {
        index.pagesByPath.values.filter { page in
            page.kind == .regular && linkedTo[page.relativePath] == nil && !related.contains(page.relativePath)
        }.sorted { $0.relativePath < $1.relativePath }.map { page in
            let location = page.fields.first { $0.key == "titel" }?.location ?? SourceLocation(file: page.source, line: 1, column: 1)
            return Diagnostic(
                .warning, at: location, rule: rule,
                "ingen annan sida länkar till \"\(page.title)\" eller nämner den i front matter",
                hint: "länka till sidan där en läsare letar efter den, till exempel med [[\(page.title)]]")
        }
    }
}
