import Content
import SiteCore
import Theme

/// The view of one page written by an author: its facts, notices, ladder and listings on top of the
/// base view, and the template its section asks for.
struct ContentPageView {
    let page: Page
    /// The rendered body: `.html` bytes, or text.
    let body: TemplateValue
    let builder: PageView

    init(page: Page, bodyHTML: String, builder: PageView) {
        self.init(page: page, body: .text(bodyHTML), builder: builder)
    }

    /// With the body as UTF-8 bytes, as the Markdown stage renders it.
    init(page: Page, bodyBytes: [UInt8], builder: PageView) {
        self.init(page: page, body: .html(bodyBytes), builder: builder)
    }

    init(page: Page, body: TemplateValue, builder: PageView) {
        self.page = page
        self.body = body
        self.builder = builder
    }

    private var context: SiteContext { builder.context }

    func make() -> (template: String, view: TemplateView) {
        let schema = page.section.flatMap { context.config.section($0) }
        var trail: [(String, SitePath)] = []
        if let schema, page.kind == .regular { trail.append((schema.name, .page([schema.folder]))) }
        var view = builder.baseView(
            title: page.title, summary: page.summary, body: body, section: page.section, trail: trail,
            published: page.value("publicerad").map(FieldFormatting.text),
            updated: page.value("senast-uppdaterad").map(FieldFormatting.text), isStartPage: page.kind == .home,
            extraKeys: 8)
        view[.facts] = .list(facts(schema))
        view[.notices] = .list(notices())
        if let ladder = ladderPlace() { view[.ladder] = builder.ladder(current: ladder.current, onPath: ladder.path) }
        switch page.kind {
        case .home:
            StartPageListing(builder: builder).add(to: &view)
            LinkListing(builder: builder).add(for: page.relativePath, to: &view)
            return ("start", view)
        case .sectionIndex:
            if let schema { view[.children] = SectionListing(builder: builder).children(of: schema) }
            LinkListing(builder: builder).add(for: page.relativePath, to: &view)
            return ("sektion", view)
        case .regular:
            LinkListing(builder: builder).add(for: page.relativePath, to: &view)
            if let summary = context.outcomeSummary(for: page) { view[.outcomeSummary] = TemplateView(converting: summary).value }
            return (schema?.template ?? "sida", view)
        }
    }

    static let hiddenFacts: Set<String> = ["titel", "sammanfattning", "anonymisering", "publicerad", "senast-uppdaterad"]

    private func facts(_ schema: SectionSchema?) -> [TemplateValue] {
        guard let schema else { return [] }
        let fields = schema.fields
        return page.fields.compactMap { entry in
            // The field's index, not a copy of it (which retains each of its strings and arrays).
            guard !Self.hiddenFacts.contains(entry.key), let field = fields.firstIndex(where: { $0.key == entry.key }),
                let value = context.displayedValue(entry, of: page)
            else { return nil }
            return FieldFormatting.fact(label: fields[field].label, value: value, on: builder)
        }
    }

    private func notices() -> [TemplateValue] {
        var notices: [TemplateValue] = []
        if case .choice(let key, _)? = page.value("anonymisering") {
            let text = key == "sammansatt"
                ? context.string("compositeNotice", "Sammansatt exempel: bygger på projektets samlade resultat, inte på en verklig person.")
                : key == "fiktiv" ? context.string("fictionalNotice", "Fiktivt exempel.")
                : context.string("consentNotice", "Publicerad med deltagarens samtycke.")
            notices.append(Self.notice(text, kind: key == "sammansatt" ? "composite" : "info"))
        }
        if case .choice("avslutat", _)? = page.value("status") {
            notices.append(Self.notice(context.string("endedNotice", "Projektet är avslutat."), kind: "ended"))
        }
        return notices
    }

    private static func notice(_ text: String, kind: String) -> TemplateValue {
        var notice = TemplateView(capacity: 2)
        notice[.text] = .text(text)
        notice[.kind] = .text(kind)
        return notice.value
    }

    /// Where this page stands on the ladder: a step page is the current step; a page naming steps in
    /// its front matter (a case's start step and the steps it passed) marks them as its path.
    private func ladderPlace() -> (current: String?, path: Set<String>)? {
        guard let ladder = context.ladderSection else { return nil }
        if page.section == ladder.folder, page.kind == .regular { return (page.slug, []) }
        var steps: Set<String> = []
        for entry in page.fields {
            if let value = context.displayedValue(entry, of: page) { collectSteps(value, ladder: ladder.folder, into: &steps) }
        }
        return steps.isEmpty ? nil : (nil, steps)
    }

    private func collectSteps(_ value: FieldValue, ladder: String, into steps: inout Set<String>) {
        switch value {
        case .reference(let section, let slug) where section == ladder: steps.insert(slug)
        case .list(let items): for item in items { collectSteps(item, ladder: ladder, into: &steps) }
        default: break
        }
    }
}
