import Content
import Markdown
import SiteCore

/// Resolves `[[Kartläggning]]`, `[[kartlaggning]]`, `[[metoder/kartlaggning|text]]`,
/// `[[Kartläggning#Syfte]]` and `[[#Syfte]]`: the page by path, title or slug (see
/// `SiteIndex.pages(named:)`), the heading by text or id. A link without `|text` shows the
/// target's title (`Kartläggning`, `Kartläggning – Syfte`, or `Syfte` on the same page).
struct WikiLinkResolver {
    let index: SiteIndex
    let page: Page

    func resolve(_ wiki: WikiLinkSyntax, at location: SourceLocation) -> LinkResolution {
        let written = "[[\(wiki.target)]]"
        let target: Page
        if wiki.page.isEmpty {
            target = page
        } else {
            let found = index.pages(named: wiki.page)
            if found.count > 1 {
                let paths = found.map(\.relativePath)
                return LinkResolution(.unlink, diagnostic: LinkProblem.make(
                    at: location, rule: "link.ambiguous",
                    "länken \(written) kan betyda flera sidor: " + found.map { "\($0.relativePath) (\($0.title))" }.joined(separator: " och "),
                    hint: "skriv sökvägen i stället, till exempel " + paths.map { "[[\(Self.wikiPath($0))]]" }.joined(separator: " eller ")))
            }
            guard let only = found.first else {
                let names = wiki.page.contains("/") ? index.pagesByPath.keys.map(Self.wikiPath) : index.allTitles
                let hint = NearestMatch.hint(for: wiki.page, among: names, quote: { "[[\($0)]]" })
                return LinkResolution(.unlink, diagnostic: LinkProblem.make(
                    at: location, "länken \(written) leder ingenstans: ingen sida har den titeln, sökvägen eller det namnet",
                    hint: hint ?? "skriv sidans titel ([[Kartläggning]]) eller sökväg ([[metoder/kartlaggning]])"))
            }
            target = only
        }
        let isSelf = target.relativePath == page.relativePath
        let targetPage = isSelf ? nil : target.relativePath
        guard let headingName = wiki.heading else {
            return LinkResolution(.replace(url: page.sitePath.relativeURL(to: target.sitePath), text: wiki.label ?? target.title),
                                  targetPage: targetPage)
        }
        guard let heading = index.heading(headingName, in: target.relativePath) else {
            let headings = (index.headings[target.relativePath] ?? []).map(\.text)
            let near = NearestMatch.candidates(for: headingName, among: headings)
            let prefix = wiki.page.isEmpty ? "" : wiki.page
            let hint = near.isEmpty
                ? (headings.isEmpty ? "sidan har inga rubriker" : "sidans rubriker: " + headings.prefix(8).joined(separator: ", "))
                : "menade du " + near.map { "[[\(prefix)#\($0)]]" }.joined(separator: " eller ") + "?"
            let problem = LinkProblem.make(
                at: location, "rubriken \"\(headingName)\" finns inte på sidan \(target.title) (\(target.relativePath))", hint: hint)
            // The page exists: link to it, so the reader still gets somewhere.
            let rewrite: LinkRewrite = isSelf
                ? .unlink : .replace(url: page.sitePath.relativeURL(to: target.sitePath), text: wiki.label ?? target.title)
            return LinkResolution(rewrite, targetPage: targetPage, diagnostic: problem)
        }
        let text = wiki.label ?? (isSelf && wiki.page.isEmpty ? heading.text : "\(target.title) – \(heading.text)")
        let url = isSelf ? "#" + heading.id : page.sitePath.relativeURL(to: target.sitePath, fragment: heading.id)
        return LinkResolution(.replace(url: url, text: text),
                              targetPage: targetPage)
    }

    /// `metoder/kartlaggning.md` → `metoder/kartlaggning`; `trappan/index.md` → `trappan/`.
    static func wikiPath(_ relativePath: String) -> String {
        var path = relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
        if path.hasSuffix("/index") { path = String(path.dropLast("index".count)) }
        return path
    }
}
