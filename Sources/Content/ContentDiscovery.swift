import SiteCore

/// Sorts the files of the bank into pages, data files and static files, gives each page its slug
/// and site path, and reports Markdown outside sections, renamed addresses and slug collisions.
struct ContentDiscovery {
    static let dataFolder = "data"
    static let dataExtensions: Set<String> = ["csv", "tsv", "json", "yml", "yaml", "txt"]

    struct Result: Sendable {
        var pages: [PageSource] = []
        var dataFiles: [BankFile] = []
        var staticFiles: [StaticFile] = []
        var diagnostics: [Diagnostic] = []
    }

    let folder: String
    let config: BankConfig

    func run() -> Result {
        var walker = FolderWalker(folder: folder)
        walker.walk()
        var result = Result(diagnostics: walker.diagnostics)
        var candidates: [PageSource] = []
        for file in walker.files where file.relativePath != ConfigReader.fileName {
            let parts = Self.pathParts(file.relativePath)
            let ext = parts.last.map(BankFile.fileExtension) ?? ""
            if parts.first == Self.dataFolder, parts.count > 1 {
                if Self.dataExtensions.contains(ext) {
                    result.dataFiles.append(file)
                } else {
                    result.diagnostics.append(Diagnostic(
                        .warning, at: SourceLocation(file: file.display), rule: "content.data-format",
                        "filer i data/ ska vara CSV, JSON eller YAML; \(file.relativePath) hoppas över",
                        hint: "spara tabellen som CSV (UTF-8)"))
                }
            } else if ext == "md" {
                if let page = place(file, parts: parts, diagnostics: &result.diagnostics) { candidates.append(page) }
            } else {
                result.staticFiles.append(StaticFile(relativePath: file.relativePath, absolutePath: file.absolutePath))
            }
        }
        result.pages = removingCollisions(candidates, diagnostics: &result.diagnostics)
        return result
    }

    /// The names of a relative path's folders and file. An ASCII path is split on its bytes, where
    /// a byte is a character: splitting by characters was a tenth of discovery at 10 000 pages.
    static func pathParts(_ path: String) -> [String] {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").map(String.init) }
        return utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// Decides section, kind, slug and site path of a Markdown file, or reports why it has none.
    private func place(_ file: BankFile, parts: [String], diagnostics: inout [Diagnostic]) -> PageSource? {
        let stem = file.stem
        let slug = Slug.make(stem)
        let location = SourceLocation(file: file.display)
        guard parts.count == 1 || (parts.count == 2 && config.section(parts[0]) != nil) else {
            let folderName = parts.dropLast().joined(separator: "/")
            diagnostics.append(Diagnostic(
                .error, at: location, rule: "content.not-a-section",
                "mappen \"\(folderName)\" är ingen sektion, så filen blir ingen sida",
                hint: "flytta filen till en av sektionerna (\(config.sections.map(\.folder).joined(separator: ", "))) "
                    + "eller lägg till mappen under sektioner i kunskapsbank.yml"))
            return nil
        }
        guard !slug.isEmpty else {
            diagnostics.append(Diagnostic(
                .error, at: location, rule: "content.empty-slug", "filnamnet \"\(stem)\" ger ingen adress",
                hint: "byt namn på filen så att den innehåller bokstäver eller siffror"))
            return nil
        }
        // `_index.md` is how Hugo names a section's own page; read it as our `index.md`.
        let isIndex = stem == "index" || stem == "_index"
        if slug != stem, !isIndex {
            diagnostics.append(Diagnostic(
                .warning, at: location, rule: "content.slug-renamed",
                "filnamnet \"\(stem)\" innehåller tecken som inte passar i en adress; adressen blir \"\(slug)\"",
                hint: "byt namn på filen till \(slug).md"))
        }
        let section = parts.count == 2 ? parts[0] : nil
        switch (section, isIndex) {
        case (nil, true): return PageSource(file: file, section: nil, kind: .home, slug: slug, sitePath: .root)
        case (nil, false):
            return PageSource(file: file, section: nil, kind: .regular, slug: slug, sitePath: .page([slug]))
        case (let section?, true):
            return PageSource(file: file, section: section, kind: .sectionIndex, slug: slug, sitePath: .page([section]))
        case (let section?, false):
            return PageSource(
                file: file, section: section, kind: .regular, slug: slug, sitePath: .page([section, slug]))
        }
    }

    /// Keeps the first of pages that would share a site path, reporting the others.
    private func removingCollisions(_ pages: [PageSource], diagnostics: inout [Diagnostic]) -> [PageSource] {
        // Sized up front and pointing into `kept`: growing the table and copying pages into it
        // was two thirds of this loop at 10 000 pages.
        var taken: [SitePath: Int] = [:]
        taken.reserveCapacity(pages.count)
        var kept: [PageSource] = []
        kept.reserveCapacity(pages.count)
        for page in pages {
            if let first = taken[page.sitePath].map({ kept[$0] }) {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: page.file.display), rule: "content.slug-collision",
                    "\(first.file.display) och \(page.file.display) får samma adress \(page.sitePath)",
                    hint: "byt namn på en av filerna"))
                continue
            }
            if page.section == nil, page.kind == .regular,
                config.section(page.slug) != nil || page.slug == Self.dataFolder
            {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: page.file.display), rule: "content.slug-collision",
                    "\(page.file.display) får samma adress \(page.sitePath) som mappen \(page.slug)",
                    hint: "byt namn på filen"))
                continue
            }
            taken[page.sitePath] = kept.count
            kept.append(page)
        }
        return kept
    }
}
