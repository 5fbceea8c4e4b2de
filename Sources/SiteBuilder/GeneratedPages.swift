import Content
import SiteCore
import Theme

/// Pages no author wrote: section indexes for sections without an `index.md`, a start page when
/// `content/index.md` is missing and the A–Ö register (the 404 page is a `PublishingPages` one).
struct GeneratedPages {
    let context: SiteContext
    let theme: Theme
    /// Whether to use all cores (serial builds give the same bytes; tests compare them).
    var parallel = true

    private enum Job: Sendable {
        case section(SectionSchema)
        case start
        case register
    }

    /// The pages, made on all cores: in a big bank the section index of the cases and the register
    /// each list thousands of pages.
    func make(existing: Set<SitePath>) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var jobs = context.config.sections.filter { !existing.contains(.page([$0.folder])) }.map(Job.section)
        if !existing.contains(.root) { jobs.append(.start) }
        jobs.append(.register)
        let made = parallelMap(jobs, parallel: parallel) { job -> (file: OutputFile?, problem: Diagnostic?) in
            let (template, path, view) = page(job)
            guard let html = theme.render(template, view) else {
                return (nil, .missingTemplate(template))
            }
            return (OutputFile(path: path.outputFile, text: html), nil)
        }
        return (made.compactMap(\.file), made.compactMap(\.problem))
    }

    private func page(_ job: Job) -> (template: String, path: SitePath, view: TemplateView) {
        switch job {
        case .section(let schema):
            let path = SitePath.page([schema.folder])
            let builder = PageView(context: context, path: path)
            var view = builder.baseView(
                title: schema.name, summary: nil, bodyHTML: "", section: schema.folder, trail: [],
                published: nil, updated: nil)
            view["children"] = SectionListing(builder: builder).children(of: schema)
            if schema.folder == context.ladderSection?.folder { view["ladder"] = builder.ladder() }
            return ("sektion", path, view)
        case .start:
            let builder = PageView(context: context, path: .root)
            var view = builder.baseView(
                title: context.config.site.title, summary: context.config.site.description, bodyHTML: "",
                section: nil, trail: [], published: nil, updated: nil, isStartPage: true)
            StartPageListing(builder: builder).add(to: &view)
            return ("start", .root, view)
        case .register:
            return ("register", PageView.registerPath, registerView())
        }
    }

    private func registerView() -> TemplateView {
        let path = PageView.registerPath
        let builder = PageView(context: context, path: path)
        var view = builder.baseView(
            title: context.string("registerTitle", "A–Ö"), summary: nil, bodyHTML: "", section: nil, trail: [],
            published: nil, updated: nil)
        var groups: [(letter: String, pages: [TemplateValue])] = []
        for page in context.cards.inTitleOrder where page.kind == .regular {
            let letter = SwedishCollation.registerLetter(page.title)
            let entry = TemplateView([
                "title": .text(page.title), "url": .text(path.relativeURL(to: page.sitePath)),
                "sectionTitle": page.sectionName.map(TemplateValue.text),
            ]).value
            if groups.last?.letter == letter { groups[groups.count - 1].pages.append(entry) } else { groups.append((letter, [entry])) }
        }
        // Numbered ids: slugs of "A", "Å" and "Ä" would collide.
        view["register"] = .list(groups.enumerated().map { number, group in
            TemplateView(["letter": .text(group.letter), "id": .text("bokstav-\(number + 1)"), "pages": .list(group.pages)]).value
        })
        return view
    }
}
