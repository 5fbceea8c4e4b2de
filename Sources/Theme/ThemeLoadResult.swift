import SiteCore

/// What loading a theme gives: the theme, unless an error was found, and every problem found.
public struct ThemeLoadResult: Sendable {
    /// Nil when `diagnostics` holds an error.
    public var theme: Theme?
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    public init(theme: Theme?, diagnostics: [Diagnostic]) {
        self.theme = theme
        self.diagnostics = diagnostics
    }
}
