/// The bank's configuration (`kunskapsbank.yml`): site settings and the sections with their schemas.
public struct BankConfig: Sendable {
    public var site: SiteSettings
    /// In the order of the file, which is the navigation order.
    public var sections: [SectionSchema]
    /// The top-level parts that later stages read themselves (`statistik`, `integritet` …), with
    /// their places in the file; only keys the caller named in `ContentLoader(otherConfigKeys:)`.
    public var extensions: [String: YAMLNode]
    /// `faltalias`: front-matter keys read under another name (`title` → `titel`), so a bank moved
    /// from another generator builds without rewriting every file.
    public var fieldAliases: [String: String] = [:]

    public init(site: SiteSettings, sections: [SectionSchema], extensions: [String: YAMLNode] = [:]) {
        self.site = site
        self.sections = sections
        self.extensions = extensions
    }

    /// The section stored in `folder` (`metoder`).
    public func section(_ folder: String) -> SectionSchema? {
        sections.first { $0.folder == folder }
    }
}

/// The `webbplats` part of the configuration.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var description: String
    public var organisation: String
    /// A language code (`sv`).
    public var language: String
    /// Nil when empty or not given; the site links only relatively then.
    public var baseURL: String?
    /// `YYYY-MM-DD`, checked.
    public var published: String?
    /// `YYYY-MM-DD`, checked.
    public var updated: String?
    public var theme: String

    public init(
        title: String, description: String = "", organisation: String = "", language: String = "sv",
        baseURL: String? = nil, published: String? = nil, updated: String? = nil, theme: String = "default"
    ) {
        self.title = title
        self.description = description
        self.organisation = organisation
        self.language = language
        self.baseURL = baseURL
        self.published = published
        self.updated = updated
        self.theme = theme
    }
}
