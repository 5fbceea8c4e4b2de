/// The bank's configuration (`kunskapsbank.yml`): site settings and the sections with their schemas.
public struct BankConfig: Sendable {
    public var site: SiteSettings
    /// In the order of the file, which is the navigation order.
    public var sections: [SectionSchema]

    public init(site: SiteSettings, sections: [SectionSchema]) {
        self.site = site
        self.sections = sections
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
