/// The `Linking` stage: runs after every page is parsed and before any is rendered. It resolves
/// every link of every page (CommonMark links to files and headings, `[[wiki links]]` by path,
/// title or slug, links to other sites) against a `SiteIndex`, reports each link that leads
/// nowhere or is ambiguous at its file, line and column, and finds backlinks, front-matter
/// relations and orphan pages. It hands on a `SiteGraph`; the render stage applies its
/// resolutions to cmark's tree and shows its backlinks and relations.
import Content
import Markdown
import SiteCore

public enum Linking {
    /// - Parameters:
    ///   - links: each page's links in document order (`MarkdownDocument.links`), by source path.
    ///   - configFile: the display path of `kunskapsbank.yml`, for `relationer:` diagnostics.
    ///   - externalNote: hidden text for links leaving the site (`(extern webbplats)`).
    ///   - sourceText: the whole file of a page whose `body` was let go (its lines are quoted in diagnostics).
    public static func link(
        index: SiteIndex, links: [String: [LinkReference]], config: BankConfig, configFile: String, externalNote: String,
        sourceText: @escaping @Sendable (Page) -> String? = { _ in nil }
    ) -> SiteGraph {
        var graph = SiteGraph()
        let titles = RelationTitles(config: config, configFile: configFile)
        // Each page's links are resolved on any core (the index is only read), then merged in path
        // order; the front-matter relations, which need no link, are collected meanwhile.
        // Job 0 collects the relations; job n resolves the links of page `sortedPaths[n - 1]`, if
        // it has links and a page.
        let pages = index.sortedPaths
        let results = parallelMap(Array(0...pages.count)) { job -> LinkJobResult in
            guard job > 0 else { return .relations(Relations.collect(index: index, config: config, titles: titles)) }
            let path = pages[job - 1]
            guard let pageLinks = links[path], let page = index.pagesByPath[path] else { return .page(nil) }
            return .page(resolve(page, links: pageLinks, index: index, externalNote: externalNote, sourceText: sourceText))
        }
        var relations: [String: [RelationGroup]] = [:]
        var referring: Set<String> = []
        // Sources arrive in path order, each once per page: every list stays sorted without a sort.
        var incoming: [String: [String]] = [:]
        graph.resolutions.reserveCapacity(links.count)
        for (job, result) in results.enumerated() {
            switch result {
            case .relations(let collected):
                (relations, referring) = collected
            case .page(let resolved?):
                let path = pages[job - 1]
                graph.resolutions[path] = resolved.resolutions
                graph.diagnostics += resolved.diagnostics
                for target in resolved.targets { incoming[target, default: []].append(path) }
            case .page(nil):
                continue
            }
        }
        graph.diagnostics += titles.diagnostics
        graph.relations = relations
        for (target, sources) in incoming {
            let shown: [String]
            if let groups = relations[target] {
                let inGroups = Set(groups.flatMap(\.pages))
                shown = sources.filter { !inGroups.contains($0) }
            } else {
                shown = sources
            }
            if !shown.isEmpty { graph.backlinks[target] = shown }
        }
        graph.diagnostics += OrphanCheck.run(index: index, linkedTo: incoming, related: referring)
        graph.diagnostics.sort()
        return graph
    }

    /// One page's links resolved, with each problem quoting its source line.
    private static func resolve(
        _ page: Page, links: [LinkReference], index: SiteIndex, externalNote: String,
        sourceText: @Sendable (Page) -> String?
    ) -> ResolvedPage {
        let resolver = LinkResolver(index: index, page: page, externalNote: externalNote)
        // The page's lines and the file line the first of them is: found only when a link of the
        // page has a problem, and once per page.
        var source: (lines: [Substring], firstLine: Int)??
        var diagnostics: [Diagnostic] = []
        var targets: [String] = []
        let resolutions = links.map { link -> LinkResolution in
            var resolution = resolver.resolve(link)
            if var problem = resolution.diagnostic {
                if problem.sourceLine == nil {
                    if source == nil {
                        source = page.body.isEmpty
                            ? sourceText(page).map { ($0.split(separator: "\n", omittingEmptySubsequences: false), 1) }
                            : (page.body.split(separator: "\n", omittingEmptySubsequences: false), page.bodyLineOffset + 1)
                    }
                    if case let ((lines, firstLine))?? = source {
                        let index = problem.location.line - firstLine
                        if index >= 0, index < lines.count { problem.sourceLine = String(lines[index]) }
                    }
                    resolution.diagnostic = problem
                }
                diagnostics.append(problem)
            }
            if let target = resolution.targetPage, !targets.contains(target) { targets.append(target) }
            return resolution
        }
        return ResolvedPage(resolutions: resolutions, diagnostics: diagnostics, targets: targets)
    }
}

/// What one job of the link stage's parallel part found.
private enum LinkJobResult: Sendable {
    case relations((groups: [String: [RelationGroup]], related: Set<String>))
    case page(ResolvedPage?)
}

private struct ResolvedPage: Sendable {
    var resolutions: [LinkResolution]
    var diagnostics: [Diagnostic]
    /// The other pages linked to, each once.
    var targets: [String]
}
