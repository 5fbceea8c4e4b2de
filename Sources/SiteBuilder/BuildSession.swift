import Content
import Linking
import Markdown
import Privacy
import SiteCore
import Theme

/// What the last build without errors used — configuration, pages, site context, theme, renderer —
/// kept by `serve` between builds, so that an edit of a page's prose is rendered alone in
/// milliseconds while the full build catches up behind it.
///
/// An edit qualifies only when nothing other pages show of the page changed: same front matter
/// (so the same title, summary, fields and relations), same headings (the link targets others may
/// use), no new problem, and — when `link.orphan` is an error — no link removed. The page is then
/// re-read, privacy-checked, outlined, linked against the session's index and rendered with the
/// session's context by the very code of the full build, so its bytes are the full build's.
public struct BuildSession: Sendable {
    let options: BuildOptions
    let config: BankConfig
    /// Pages as read, by path inside the content folder (before the privacy stage coarsened them).
    let readPages: [String: Page]
    /// Holds the published pages (`index.pagesByPath`), the graph and everything views read.
    let context: SiteContext
    let renderer: PageRenderer
    let severities: RuleSeverities
    let externalNote: String

    /// The link stage's rule for pages nothing links to (`OrphanCheck.rule`).
    static let orphanRule = "link.orphan"

    /// Why an edit needs the full build.
    public enum FullBuildReason: Sendable, Equatable {
        /// Not a Markdown page the last build had (a new page, the configuration, a theme or data file).
        case notAKnownPage(String)
        /// The file is gone or no longer reads as text.
        case unreadable(String)
        /// Front matter changed: title, summary, fields or relations may show on other pages.
        case frontMatterChanged(String)
        /// Headings changed: links from other pages to them may break or move.
        case headingsChanged(String)
        /// A link target was dropped and `link.orphan` is an error: another page may become an orphan.
        case linkRemoved(String)
        /// The page has an error of its own now; the full build reports it.
        case problems(String)
    }

    /// One page rendered by the fast path.
    public struct RenderedPage: Sendable {
        /// Display path of the Markdown file (`content/fall/fall-07.md`).
        public let source: String
        public let file: OutputFile
        /// Warnings the page has now (errors never get here), masked like the build's.
        public let diagnostics: [Diagnostic]
    }

    public enum QuickRender: Sendable {
        case rendered([RenderedPage])
        case fullBuild(FullBuildReason)
    }

    /// Renders the changed files alone when every one of them qualifies. `paths` are as the watcher
    /// sees them: the content folder as given in the options, then the path inside it.
    public func render(changed paths: [String]) -> QuickRender {
        var pages: [RenderedPage] = []
        for path in paths {
            switch render(path) {
            case .success(let page): pages.append(page)
            case .failure(let reason): return .fullBuild(reason.reason)
            }
        }
        return .rendered(pages)
    }

    private struct Refusal: Error {
        let reason: FullBuildReason
        init(_ reason: FullBuildReason) { self.reason = reason }
    }

    private func render(_ path: String) -> Result<RenderedPage, Refusal> {
        let loader = ContentLoader(contentFolder: options.contentFolder)
        guard path.hasPrefix(loader.contentFolder + "/"), path.hasSuffix(".md") else { return .failure(Refusal(.notAKnownPage(path))) }
        let relative = String(path.dropFirst(loader.contentFolder.count + 1))
        guard let before = readPages[relative], var published = context.index.pagesByPath[relative] else {
            return .failure(Refusal(.notAKnownPage(path)))
        }
        let (read, readProblems) = loader.reread(before, config: config)
        guard let page = read else { return .failure(Refusal(.unreadable(before.source))) }
        guard page.frontMatter == before.frontMatter, page.bodyLineOffset == before.bodyLineOffset, page.title == before.title,
            page.summary == before.summary, page.fields == before.fields
        else { return .failure(Refusal(.frontMatterChanged(before.source))) }
        var diagnostics = readProblems

        // The privacy rules that read one page; k-anonymity compares cases' front matter, unchanged here.
        let privacy = PrivacyGuard(contentFolder: options.contentFolder, protectedWordsFile: options.protectedWordsFile)
            .check(LoadedBank(config: config, pages: [page]), config: config)
        diagnostics += privacy.diagnostics.filter { $0.rule != "integritet.k-anonymitet" }

        published.body = page.body
        let outline = renderer.outline(published, config: config)
        diagnostics += outline.diagnostics
        let headings = { (all: [Heading]) in all.map { [String($0.level), $0.text, $0.id] } }
        guard headings(outline.headings) == headings(context.index.headings[relative] ?? []) else {
            return .failure(Refusal(.headingsChanged(before.source)))
        }
        let resolver = LinkResolver(index: context.index, page: published, externalNote: externalNote)
        let resolutions = outline.links.map(resolver.resolve)
        diagnostics += resolutions.compactMap(\.diagnostic)
        if severities.severity(for: Self.orphanRule) == .error {
            let targets = { (all: [LinkResolution]) in Set(all.compactMap(\.targetPage)) }
            guard targets(context.graph.resolutions[relative] ?? []).isSubset(of: targets(resolutions)) else {
                return .failure(Refusal(.linkRemoved(before.source)))
            }
        }

        let rendered = renderer.render(published, body: outline.body, context: context, resolutions: resolutions)
        diagnostics += rendered.diagnostics
        let checked = privacy.masking(diagnostics.map { diagnostic in
            guard let severity = severities.severity(for: diagnostic.rule) else { return diagnostic }
            var changed = diagnostic
            changed.severity = severity
            return changed
        })
        guard !checked.hasErrors, let file = rendered.file else { return .failure(Refusal(.problems(before.source))) }
        return .success(RenderedPage(source: before.source, file: file, diagnostics: checked.sorted()))
    }
}
