import SiteCore
import Theme

/// The links every page carries for publishing: search, the accessibility statement, the page
/// about the site, the feed, and the address printed on paper.
extension PageView {
    static let aboutPath = SitePath.page(["om-webbplatsen"])

    /// `searchURL`, `accessibilityURL`, `aboutURL`, `feedURL` (each only when the target exists).
    func publishingLinks() -> TemplateView {
        var links = TemplateView(["searchURL": .text(path.relativeURL(to: SearchPage.path))])
        if context.config.extensions[AccessibilityStatement.configKey] != nil || context.hasAccessibilityPage {
            links["accessibilityURL"] = .text(path.relativeURL(to: Self.accessibilityPath))
        }
        if context.hasAboutPage { links["aboutURL"] = .text(path.relativeURL(to: Self.aboutPath)) }
        if context.config.site.baseURL != nil, context.config.sections.contains(where: { $0.template == SiteFeeds.caseTemplate }) {
            links["feedURL"] = .text(path.relativeURL(to: .file(SiteFeeds.feedFile)))
        }
        return links
    }

    /// What the print stylesheet shows under the page: the absolute URL when the bank has a
    /// `bas-url`, otherwise the page's path inside the site (`metoder/kartlaggning/`).
    var printAddress: String {
        guard let base = context.config.site.baseURL else { return path.description.isEmpty ? "/" : path.description }
        return SiteFeeds(context: context, baseURL: base).absoluteURL(path)
    }
}
