import SiteCore

/// The view of `404.html`. A server shows this one file for a missing address at any depth
/// (`/kunskapsbank/drive/metoder/gammal/`), so links relative to the site root would break there.
///
/// - With `bas-url`, every link and the stylesheet get the base URL's path
///   (`/kunskapsbank/drive/assets/site.css`): same origin wherever the page is shown, and right at
///   every depth.
/// - Without it nothing is known about where the site lives, so the page is made to need nothing:
///   no stylesheet, no navigation, no links — only text, which reads the same at every depth
///   (and from `file://`). The build warns and says how to get the full page.
struct NotFoundPage {
    let context: SiteContext

    static let file = "404.html"

    func view() -> [String: Any] {
        var view = PageView(context: context, path: .root).base(
            title: context.string("notFoundTitle", "Sidan finns inte"), summary: nil, bodyHTML: "", section: nil,
            trail: [], published: nil, updated: nil)
        if var page = view["page"] as? [String: Any] {
            page["address"] = nil
            view["page"] = page
        }
        guard let rootPath = context.config.site.baseURL.map(Self.path(of:)) else {
            for key in ["homeURL", "registerURL", "searchURL", "accessibilityURL", "aboutURL", "feedURL"] { view[key] = nil }
            view["assets"] = [String: Any]()
            view["nav"] = [[String: Any]]()
            view["breadcrumbs"] = [[String: Any]]()
            view["standalone"] = true
            return view
        }
        return Self.prefixingURLs(view, with: rootPath) as? [String: Any] ?? view
    }

    /// The path part of a base URL, with a slash at each end: `https://x.se/kb/drive` → `/kb/drive/`.
    static func path(of baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// Puts `prefix` before every relative URL in the view (keys `url`, `…URL` and `…css`).
    static func prefixingURLs(_ value: Any, with prefix: String, key: String = "") -> Any {
        switch value {
        case let text as String:
            let isURLKey = key == "url" || key.lowercased().hasSuffix("css") || key.hasSuffix("URL")
            let isRelative = !text.contains(":") && !text.hasPrefix("/") && !text.hasPrefix("#")
            return isURLKey && isRelative ? prefix + text : text
        case let dictionary as [String: Any]:
            return Dictionary(uniqueKeysWithValues: dictionary.map { ($0.key, prefixingURLs($0.value, with: prefix, key: $0.key)) })
        case let array as [[String: Any]]:
            return array.map { prefixingURLs($0, with: prefix) }
        default:
            return value
        }
    }
}
