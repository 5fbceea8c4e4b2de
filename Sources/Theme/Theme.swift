/// Theme lookup and rendering: reads `themes/<name>/` over `themes/default/` file by file (templates,
/// assets, interface strings), parses every Mustache template once, and renders page views into
/// HTML. It hands on a `Theme` (templates, strings for the site's language, assets to copy) and
/// collects every theme problem as a `Diagnostic` at its file, line and column.
import Mustache

/// A loaded theme: parsed templates, interface strings for one language, and assets to copy.
///
/// Views are plain dictionaries built by the caller (see `themes/default/README.md` for the keys
/// each template reads). Values are escaped when rendered with `{{…}}`; only keys ending in `HTML`
/// are meant for `{{{…}}}`.
public struct Theme: Sendable {
    /// The configured theme name (`default`, `samba`).
    public let name: String
    /// The language whose strings were loaded (`sv`, `en`).
    public let language: String
    /// Interface strings for the configured language: the default theme's, overridden key by key by
    /// the named theme's.
    public let strings: [String: String]
    /// Files under `assets/` to copy to `site/assets/`, one per relative path, the named theme's file
    /// winning over the default theme's; sorted by relative path.
    public let assets: [ThemeAsset]

    let library: MustacheLibrary
    let templateNames: Set<String>

    init(
        name: String, language: String, strings: [String: String], assets: [ThemeAsset],
        library: MustacheLibrary, templateNames: Set<String>
    ) {
        self.name = name
        self.language = language
        self.strings = strings
        self.assets = assets
        self.library = library
        self.templateNames = templateNames
    }

    /// Renders the named template (`sida`, `partials/trappa`); nil if the theme has no such template.
    ///
    /// The view is cleaned first: nil optionals and empty strings are dropped, so `{{#page.summary}}`
    /// is false for both. The theme's `strings` are added under `strings` and its language under
    /// `lang` unless the view sets them itself.
    public func render(_ template: String, _ view: [String: Any]) -> String? {
        guard templateNames.contains(template) else { return nil }
        var cleaned = ViewValue.cleaned(view)
        if cleaned["strings"] == nil { cleaned["strings"] = strings }
        if cleaned["lang"] == nil { cleaned["lang"] = language }
        return library.render(cleaned, withTemplate: template)
    }

    /// Whether the theme (or the default theme beneath it) has the named template.
    public func hasTemplate(_ name: String) -> Bool { templateNames.contains(name) }

    /// All template names, sorted (`404`, `aktor`, `base`, `partials/fakta` …).
    public var templates: [String] { templateNames.sorted() }
}
