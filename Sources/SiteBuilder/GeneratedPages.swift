import Content
import SiteCore
import Theme

/// Pages no author wrote: section indexes for sections without an `index.md`, a start page when
/// `content/index.md` is missing and the A–Ö register (the 404 page is a `PublishingPages` one).
struct GeneratedPages {
    let context: SiteContext
    let theme: Theme

    func make(existing: Set<SitePath>) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        func emit(_ template: String, _ path: SitePath, _ view: [String: Any], file: String? = nil) {
            if let html = theme.render(template, view) {
                files.append(OutputFile(path: file ?? path.outputFile, text: html))
            } else {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: "themes"), rule: "theme.missing-template",
                    "temat saknar mallen \(template).mustache", hint: "lägg till mallen i themes/<tema>/templates/"))
            }
        }
        for schema in context.config.sections where !existing.contains(.page([schema.folder])) {
            let path = SitePath.page([schema.folder])
            let builder = PageView(context: context, path: path)
            var view = builder.base(
                title: schema.name, summary: nil, bodyHTML: "", section: schema.folder, trail: [],
                published: nil, updated: nil)
            view["children"] = SectionListing(builder: builder).children(of: schema)
            if schema.folder == context.ladderSection?.folder { view["ladder"] = builder.ladder() }
            emit("sektion", path, view)
        }
        if !existing.contains(.root) {
            let builder = PageView(context: context, path: .root)
            var view = builder.base(
                title: context.config.site.title, summary: context.config.site.description, bodyHTML: "",
                section: nil, trail: [], published: nil, updated: nil, isStartPage: true)
            StartPageListing(builder: builder).add(to: &view)
            emit("start", .root, view)
        }
        emit("register", PageView.registerPath, registerView())
        return (files, diagnostics)
    }

    private func registerView() -> [String: Any] {
        let path = PageView.registerPath
        let builder = PageView(context: context, path: path)
        var view = builder.base(
            title: context.string("registerTitle", "A–Ö"), summary: nil, bodyHTML: "", section: nil, trail: [],
            published: nil, updated: nil)
        let pages = SwedishCollation.sorted(
            context.index.pagesByPath.values.filter { $0.kind == .regular }, by: \.title,
            tieBreak: { $0.relativePath < $1.relativePath })
        var groups: [(letter: String, pages: [[String: Any]])] = []
        for page in pages {
            let letter = SwedishCollation.registerLetter(page.title)
            let entry: [String: Any] = [
                "title": page.title, "url": path.relativeURL(to: page.sitePath),
                "sectionTitle": page.section.flatMap { context.config.section($0)?.name } ?? "",
            ]
            if groups.last?.letter == letter { groups[groups.count - 1].pages.append(entry) } else { groups.append((letter, [entry])) }
        }
        // Numbered ids: slugs of "A", "Å" and "Ä" would collide.
        view["register"] = groups.enumerated().map { number, group in
            ["letter": group.letter, "id": "bokstav-\(number + 1)", "pages": group.pages] as [String: Any]
        }
        return view
    }
}
