import Content
import Markdown
import SiteCore

/// Turns the links an author wrote (`../metoder/kartlaggning.md#syfte`, `data/x.csv`, `#syfte`,
/// `[[Kartläggning#Syfte]]`) into relative URLs of the published site, and reports every link that
/// leads nowhere. A link to a missing heading leads to its page; a link to nothing loses its `href`
/// (its text stays), so no dead link is ever rendered, even when the rule is only a warning.
public struct LinkResolver: Sendable {
    public let index: SiteIndex
    public let page: Page
    /// The visually hidden text added to links leaving the site (`(extern webbplats)`).
    public let externalNote: String

    /// The folder of the page (`metoder`), as bytes, when its path is ASCII: relative links are
    /// then resolved on bytes, without splitting the page's path again for every link.
    private let asciiFolder: [UInt8]?
    /// The page's `sitePath`, read out of the page once, not for every link.
    private let sitePath: SitePath

    public init(index: SiteIndex, page: Page, externalNote: String) {
        self.index = index
        self.page = page
        self.externalNote = externalNote
        asciiFolder = LinkPath.asciiFolder(of: page.relativePath)
        sitePath = page.sitePath
    }

    public func resolve(_ link: LinkReference) -> LinkResolution {
        if let wiki = link.wiki { return WikiLinkResolver(index: index, page: page).resolve(wiki, at: link.location) }
        let destination = link.destination
        if destination.isEmpty { return LinkResolution(.keep) }
        // One look along the bytes tells what the steps below would each have looked for again.
        let bytes = LinkPath.Scan(destination)
        let ascii = bytes.isASCII
        // A URL without a colon has no scheme (most links of a bank: `../metoder/x.md`).
        if !ascii || bytes.hasColon {
            if URLSafety.isExecutable(destination) { return unsafe(link) }
            if hasScheme(destination, ascii: ascii) {
                let lower = destination.lowercased()
                let leaves = !link.isImage && (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
                return LinkResolution(leaves ? .external(note: externalNote) : .keep)
            }
        }
        let (pathPart, fragment) = ascii ? LinkPath.splitASCII(destination, hashOffset: bytes.hashOffset) : split(destination)
        if pathPart.isEmpty {
            if let broken = checkFragment(fragment, in: page.relativePath, link: link) {
                return LinkResolution(link.isImage ? .keep : .unlink, diagnostic: broken)
            }
            return LinkResolution(.keep)
        }
        if pathPart.hasPrefix("/") {
            return broken(link, "länken börjar med / och fungerar inte när banken ligger i en undermapp",
                hint: "skriv en relativ länk till filen, till exempel ../metoder/kartlaggning.md")
        }
        // An ASCII path without `%` is its own decoding, and still ASCII.
        let plain = ascii && !bytes.hasPercentBeforeHash
        let decoded = plain ? pathPart : percentDecoded(pathPart)
        // Decoding may give other characters (`%C3%A5` is å), or `%FF` the replacement character.
        let normalised = if let asciiFolder, plain || LinkPath.isASCII(decoded) {
            LinkPath.normaliseASCII(decoded, folder: asciiFolder)
        } else {
            Self.normalise(decoded, relativeTo: page.relativePath)
        }
        guard let target = normalised else {
            return broken(link, "länken \(destination) pekar utanför innehållsmappen", hint: "länka bara till filer i content/")
        }
        // The candidates are made one at a time: the first (`x.md` written out) is the usual hit.
        for number in 0..<4 {
            let candidate: String
            switch number {
            case 0: candidate = target
            case 1: candidate = target + ".md"
            case 2: candidate = target + "/index.md"
            default:
                guard target.hasSuffix("/") else { continue }
                candidate = target + "index.md"
            }
            if let targetPage = index.pagesByPath[candidate] {
                let other = targetPage.relativePath == page.relativePath ? nil : targetPage.relativePath
                if let problem = checkFragment(fragment, in: candidate, link: link) {
                    return LinkResolution(.replace(url: sitePath.relativeURL(to: targetPage.sitePath)), targetPage: other, diagnostic: problem)
                }
                return LinkResolution(.replace(url: sitePath.relativeURL(to: targetPage.sitePath, fragment: fragment)), targetPage: other)
            }
        }
        if index.files.contains(target) {
            return LinkResolution(.replace(url: sitePath.relativeURL(to: .file(target), fragment: fragment)))
        }
        let hint = NearestMatch.hint(for: target, among: index.allTargets)
        return broken(link, "länken \(destination) leder ingenstans: ingen sida eller fil har den sökvägen", hint: hint ?? "kontrollera filnamnet och mappen")
    }

    /// A `javascript:` or `data:` URL loses its link (an image becomes its alt text), whatever the
    /// reason it was written: content never runs script or shows an unchecked document in the site.
    private func unsafe(_ link: LinkReference) -> LinkResolution {
        let scheme = URLSafety.scheme(of: link.destination) ?? ""
        let what = link.isImage ? "bilden" : "länken"
        return LinkResolution(.unlink, diagnostic: Diagnostic(
            .warning, at: link.location, rule: "link.unsafe-url",
            "\(what) använder adressformen \(scheme): som kan köra kod i läsarens webbläsare; den tas bort och bara texten visas",
            hint: link.isImage
                ? "lägg bildfilen i content/ och skriv ![beskrivning](../bilder/bild.png)"
                : "länka till en sida i banken eller till en adress som börjar med https://"))
    }

    private func broken(_ link: LinkReference, _ message: String, hint: String) -> LinkResolution {
        LinkResolution(link.isImage ? .keep : .unlink, diagnostic: LinkProblem.make(at: link.location, message, hint: hint))
    }

    private func checkFragment(_ fragment: String?, in path: String, link: LinkReference) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty, let headings = index.headings[path] else { return nil }
        // A page has a few headings: a look along them beats a set of ids made for every page.
        if headings.contains(where: { $0.id == fragment }) { return nil }
        let ids = Set(headings.map(\.id))
        let hint = NearestMatch.hint(for: fragment, among: ids.sorted(), quote: { "#\($0)" })
        return LinkProblem.make(
            at: link.location, "rubriken #\(fragment) finns inte på sidan \(path)",
            hint: hint ?? "rubrikernas ankare: " + ids.sorted().prefix(8).map { "#\($0)" }.joined(separator: ", "))
    }

    private func hasScheme(_ url: String, ascii: Bool) -> Bool {
        if ascii { return LinkPath.hasSchemeASCII(url) }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    private func split(_ url: String) -> (String, String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }

    /// Resolves `../x/y.md` against the folder of `source`; nil when it climbs above the content
    /// root. The rule `LinkPath.normaliseASCII` follows on bytes (and the tests hold it to).
    static func normalise(_ path: String, relativeTo source: String) -> String? {
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
        if !text.utf8.contains(UInt8(ascii: "%")) { return text }
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

/// The diagnostics of the link stage share their rules and form.
enum LinkProblem {
    static func make(at location: SourceLocation, rule: String = "link.broken", _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.error, at: location, rule: rule, message, hint: hint)
    }
}
