import DefaultTheme

extension ThemeLoader {
    /// Where the built-in default theme is cached for banks without `themes/default/`
    /// (`$XDG_CACHE_HOME/kunskapsbank`, `~/.cache/kunskapsbank`, a folder in the temporary folder).
    public static var builtInThemeCacheFolders: [String] { BuiltInTheme.cacheFolders }
}
