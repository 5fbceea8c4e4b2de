import Foundation
import SiteCore

/// Turns Markdown links to pages that a new bank does not have into their plain text, so pages
/// copied from DRIVE (the ladder, the glossary) build without broken links:
/// `[kartläggning](../metoder/kartlaggning.md)` becomes `kartläggning`, and
/// `[[Kartläggning|kartläggningen]]` becomes `kartläggningen` when no page of that title, slug or
/// path comes along.
enum LinkUnlinker {
    private static let wikiLink = try? NSRegularExpression(pattern: #"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]"#)

    private static let link = try? NSRegularExpression(
        pattern: #"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^()\s]+)(?:\s+"[^"]*")?\)"#)

    /// `path` is the page's path below the bank folder (`content/begrepp/sgi.md`); `existing` the
    /// paths of every file the bank will have.
    static func unlink(_ text: String, at path: String, existing: Set<String>, titles: Set<String> = []) -> String {
        guard let link else { return text }
        let folder = path.split(separator: "/").dropLast().map(String.init)
        var result = ""
        var last = text.startIndex
        for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let label = Range(match.range(at: 2), in: text),
                let target = Range(match.range(at: 3), in: text), let bang = Range(match.range(at: 1), in: text)
            else { continue }
            result += text[last..<whole.lowerBound]
            last = whole.upperBound
            let destination = String(text[target])
            if text[bang].isEmpty, let resolved = resolve(destination, from: folder), !existing.contains(resolved) {
                result += text[label]
            } else {
                result += text[whole]
            }
        }
        result += text[last...]
        return unlinkWiki(result, existing: existing, titles: titles)
    }

    /// Wiki links whose target (before any `#heading`) names no page of the new bank by path,
    /// slug or title become their label, or their target text.
    static func unlinkWiki(_ text: String, existing: Set<String>, titles: Set<String>) -> String {
        guard let wikiLink else { return text }
        let slugs = Set(existing.map { path in
            String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
        })
        var result = ""
        var last = text.startIndex
        for match in wikiLink.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let target = Range(match.range(at: 1), in: text) else { continue }
            result += text[last..<whole.lowerBound]
            last = whole.upperBound
            let page = String(text[target].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            let found = page.isEmpty || existing.contains("content/\(page).md") || slugs.contains(page)
                || titles.contains(Slug.fold(page))
            if found {
                result += text[whole]
            } else if let label = Range(match.range(at: 2), in: text) {
                result += text[label]
            } else {
                result += page
            }
        }
        result += text[last...]
        return result
    }

    /// The bank path of a relative link to a Markdown file, or nil for anything else.
    static func resolve(_ destination: String, from folder: [String]) -> String? {
        if destination.contains(":") || destination.hasPrefix("#") || destination.hasPrefix("/") { return nil }
        let file = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard file.hasSuffix(".md") else { return nil }
        var parts = folder
        for segment in file.split(separator: "/") {
            if segment == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else if segment != "." {
                parts.append(String(segment))
            }
        }
        return parts.joined(separator: "/")
    }
}
