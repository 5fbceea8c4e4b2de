import Content
import Markdown
import SiteCore

/// Turns the links an author wrote (`../metoder/kartlaggning.md#syfte`, `data/x.csv`, `#syfte`)
/// into relative URLs of the published site, and reports every link that leads nowhere.
struct LinkResolver {
    let index: SiteIndex
    let page: Page

    enum Outcome: Equatable {
        case keep
        case replace(String)
        case broken(Diagnostic)
    }

    func resolve(_ link: LinkReference) -> Outcome {
        let destination = link.destination
        if destination.isEmpty || hasScheme(destination) { return .keep }
        let (pathPart, fragment) = split(destination)
        if pathPart.isEmpty {
            return checkFragment(fragment, in: page.relativePath, link: link).map(Outcome.broken) ?? .keep
        }
        if pathPart.hasPrefix("/") {
            return .broken(problem(link, "länken börjar med / och fungerar inte när banken ligger i en undermapp",
                hint: "skriv en relativ länk till filen, till exempel ../metoder/kartlaggning.md"))
        }
        guard let target = normalise(percentDecoded(pathPart), relativeTo: page.relativePath) else {
            return .broken(problem(link, "länken \(destination) pekar utanför innehållsmappen",
                hint: "länka bara till filer i content/"))
        }
        for candidate in [target, target + ".md", target + "/index.md", target.hasSuffix("/") ? target + "index.md" : nil].compactMap({ $0 }) {
            if let targetPage = index.pagesByPath[candidate] {
                if let broken = checkFragment(fragment, in: candidate, link: link) { return .broken(broken) }
                return .replace(page.sitePath.relativeURL(to: targetPage.sitePath, fragment: fragment))
            }
        }
        if index.files.contains(target) {
            return .replace(page.sitePath.relativeURL(to: .file(target), fragment: fragment))
        }
        let hint = NearestMatch.hint(for: target, among: index.allTargets)
        return .broken(problem(link, "länken leder ingenstans: \(destination)", hint: hint ?? "kontrollera filnamnet och mappen"))
    }

    private func checkFragment(_ fragment: String?, in path: String, link: LinkReference) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty, let ids = index.headingIDs[path] else { return nil }
        if ids.contains(fragment) { return nil }
        let hint = NearestMatch.hint(for: fragment, among: ids.sorted(), quote: { "#\($0)" })
        return problem(link, "rubriken #\(fragment) finns inte på sidan \(path)", hint: hint ?? "rubrikernas ankare: " + ids.sorted().prefix(8).map { "#\($0)" }.joined(separator: ", "))
    }

    private func problem(_ link: LinkReference, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.error, at: link.location, rule: "link.broken", message, hint: hint)
    }

    private func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    private func split(_ url: String) -> (String, String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }

    /// Resolves `../x/y.md` against the folder of `source`; nil when it climbs above the content root.
    private func normalise(_ path: String, relativeTo source: String) -> String? {
        var parts = source.split(separator: "/").dropLast().map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(segment))
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
    }

    private func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
