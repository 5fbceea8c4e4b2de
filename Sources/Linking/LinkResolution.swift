import Markdown
import SiteCore

/// What became of one link of a page: how to render it, which page it leads to, what was wrong.
public struct LinkResolution: Sendable, Hashable {
    public var rewrite: LinkRewrite
    /// The source path of the page the link leads to, for backlinks; nil for files, other sites
    /// and links that lead nowhere.
    public var targetPage: String?
    public var diagnostic: Diagnostic?

    public init(_ rewrite: LinkRewrite, targetPage: String? = nil, diagnostic: Diagnostic? = nil) {
        self.rewrite = rewrite
        self.targetPage = targetPage
        self.diagnostic = diagnostic
    }
}
