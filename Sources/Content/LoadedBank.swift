import SiteCore

/// Everything the `Content` stage found in a bank folder.
public struct LoadedBank: Sendable {
    /// Nil when `kunskapsbank.yml` is missing or unusable; then nothing else is loaded.
    public var config: BankConfig?
    /// Sorted by `relativePath`.
    public var pages: [Page]
    /// Files under `data/`, sorted by path.
    public var dataFiles: [DataFile]
    /// Non-Markdown files outside `data/`, copied as they are; sorted by path.
    public var staticFiles: [StaticFile]
    /// Sorted by location.
    public var diagnostics: [Diagnostic]

    public init(
        config: BankConfig? = nil, pages: [Page] = [], dataFiles: [DataFile] = [], staticFiles: [StaticFile] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.config = config
        self.pages = pages
        self.dataFiles = dataFiles
        self.staticFiles = staticFiles
        self.diagnostics = diagnostics
    }
}

/// A text file under `data/` (CSV, JSON, YAML), decoded as UTF-8 with `\n` line ends.
public struct DataFile: Sendable, Hashable {
    /// `data/kostnader-2012.csv`
    public var relativePath: String
    public var text: String
    /// Display path for diagnostics (`content/data/kostnader-2012.csv`).
    public var source: String

    public init(relativePath: String, text: String, source: String) {
        self.relativePath = relativePath
        self.text = text
        self.source = source
    }
}

/// A file copied to the site as it is (`metoder/bild.png`).
public struct StaticFile: Sendable, Hashable {
    public var relativePath: String
    public var absolutePath: String

    public init(relativePath: String, absolutePath: String) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
    }
}
