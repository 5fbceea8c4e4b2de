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
    ///   - sourceLine: line `n` of a page's file, for pages whose `body` was let go (quoted in diagnostics).
    public static func link(
        index: SiteIndex, links: [String: [LinkReference]], config: BankConfig, configFile: String, externalNote: String,
        sourceLine: @escaping @Sendable (Page, Int) -> String? = { _, _ in nil }
    ) -> SiteGraph {
        var graph = SiteGraph()
        var incoming: [String: Set<String>] = [:]
        // Each page's links are resolved on any core (the index is only read), then merged in path order.
        let pages = links.keys.sorted()
        let resolvedPages = parallelMap(pages) { path -> [LinkResolution]? in
            guard let page = index.pagesByPath[path] else { return nil }
            let resolver = LinkResolver(index: index, page: page, externalNote: externalNote)
            var lines: [Substring]?  // split only when a link of the page has a problem
            return (links[path] ?? []).map { link -> LinkResolution in
                var resolution = resolver.resolve(link)
                if var problem = resolution.diagnostic, problem.sourceLine == nil {
                    if page.body.isEmpty {
                        problem.sourceLine = sourceLine(page, problem.location.line)
                    } else {
                        let all = lines ?? page.body.split(separator: "\n", omittingEmptySubsequences: false)
                        lines = all
                        let bodyLine = problem.location.line - page.bodyLineOffset
                        if bodyLine >= 1, bodyLine <= all.count { problem.sourceLine = String(all[bodyLine - 1]) }
                    }
                    resolution.diagnostic = problem
                }
                return resolution
            }
        }
        for (path, resolved) in zip(pages, resolvedPages) {
            guard let resolved else { continue }
            graph.resolutions[path] = resolved
            graph.diagnostics += resolved.compactMap(\.diagnostic)
            for target in resolved.compactMap(\.targetPage) { incoming[target, default: []].insert(path) }
        }

        let titles = RelationTitles(config: config, configFile: configFile)
        graph.diagnostics += titles.diagnostics
        let (relations, referring) = Relations.collect(index: index, config: config, titles: titles)
        graph.relations = relations
        for (target, sources) in incoming {
            let inGroups = Set(relations[target, default: []].flatMap(\.pages))
            let shown = sources.subtracting(inGroups).sorted()
            if !shown.isEmpty { graph.backlinks[target] = shown }
        }
        graph.diagnostics += OrphanCheck.run(index: index, linkedTo: Set(incoming.keys), related: referring)
        graph.diagnostics.sort()
        return graph
    }
}
