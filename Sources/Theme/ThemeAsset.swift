/// One file of a theme's `assets/` folder, to be copied to `site/assets/<relativePath>`.
public struct ThemeAsset: Sendable, Hashable {
    /// The path below `assets/` with `/` separators (`site.css`, `bilder/logo.svg`).
    public var relativePath: String
    /// Where the file is on disk, in the named theme or in the default theme.
    public var absolutePath: String

    public init(relativePath: String, absolutePath: String) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
    }
}
