import Content
import SiteCore

/// Everything one page may link to, known before any page is rendered: pages by source path and by
/// section and slug, data and static files, and (after the outline pass) each page's heading ids.
struct SiteIndex: Sendable {
    let pagesByPath: [String: Page]
    let pagesBySection: [String: [String: Page]]
    let files: Set<String>
    var headingIDs: [String: Set<String>] = [:]

    init(pages: [Page], files: [String]) {
        var byPath: [String: Page] = [:]
        var bySection: [String: [String: Page]] = [:]
        for page in pages {
            byPath[page.relativePath] = page
            if let section = page.section, page.kind == .regular {
                bySection[section, default: [:]][page.slug] = page
            }
        }
        pagesByPath = byPath
        pagesBySection = bySection
        self.files = Set(files)
    }

    func page(section: String, slug: String) -> Page? { pagesBySection[section]?[slug] }

    /// All link targets a user could have meant, for "menade du …?" hints.
    var allTargets: [String] { Array(pagesByPath.keys) + Array(files) }
}
