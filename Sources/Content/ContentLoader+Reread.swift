import SiteCore

extension ContentLoader {
    /// Reads one page of an earlier load again from disk, with the same reader and the same place
    /// in the site (section, kind, slug, address) that `load()` gave it.
    ///
    /// For `serve`'s fast path: the caller decides whether the page's new version changes anything
    /// other pages show. `page` is nil when the file is gone or is no longer text; the diagnostics
    /// are those `load()` would report for this file alone (front-matter references unchecked).
    public func reread(_ page: Page, config: BankConfig) -> (page: Page?, diagnostics: [Diagnostic]) {
        let file = BankFile(folder: contentFolder, relativePath: page.relativePath)
        let source = PageSource(file: file, section: page.section, kind: page.kind, slug: page.slug, sitePath: page.sitePath)
        let result = PageReader.read(source, config: config)
        return (result.page, Self.sorted(result.diagnostics))
    }
}
