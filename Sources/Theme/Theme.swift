/// Theme lookup and rendering: reads `themes/<name>/` over `themes/default/` file by file (templates,
/// assets, interface strings), parses every Mustache template once, and renders page views into
/// HTML. It hands on a `Theme` (templates, strings for the site's language, assets to copy) and
/// collects every theme problem as a `Diagnostic` at its file, line and column.
import Mustache

/// A loaded theme: parsed templates, interface strings for one language, and assets to copy.
///
/// Views are built by the caller, as template values (`TemplateView`, the hot path) or as plain
/// dictionaries (see `themes/default/README.md` for the keys each template reads). Values are escaped when rendered with `{{…}}`; only keys ending in `HTML`
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

    /// The compiled templates, linked into one flat program.
    let program: TemplateProgram
    /// swift-mustache's parse of the same templates: the reference the differential test renders with.
    let library: MustacheLibrary
    let templateNames: Set<String>
    /// `strings` as a template value, converted once (empty strings kept, as Mustache kept them).
    private let stringsValue: TemplateValue
    private let languageValue: TemplateValue

    init(
        name: String, language: String, strings: [String: String], assets: [ThemeAsset],
        templates: [String: CompiledTemplate], library: MustacheLibrary
    ) {
        self.name = name
        self.language = language
        self.strings = strings
        self.assets = assets
        self.program = TemplateProgram(linking: templates)
        self.library = library
        self.templateNames = Set(templates.keys)
        var stringsObject = TemplateObject(minimumCapacity: strings.count)
        for (key, text) in strings.sorted(by: { $0.key < $1.key }) { stringsObject.append(TemplateKey(key), .text(text)) }
        self.stringsValue = .object(stringsObject)
        self.languageValue = .text(language)
    }

    /// Renders the named template (`sida`, `partials/trappa`); nil if the theme has no such template.
    ///
    /// The view is cleaned first: nil optionals and empty strings are dropped, so `{{#page.summary}}`
    /// is false for both. The theme's `strings` are added under `strings` and its language under
    /// `lang` unless the view sets them itself.
    public func render(_ template: String, _ view: [String: Any]) -> String? {
        guard let id = program.templateIDs[template] else { return nil }
        let html = String(decoding: render(id, TemplateValue.view(view)), as: UTF8.self)
        if let check = Self.referenceCheck {
            check.compare(template: template, compiled: html, reference: renderWithReference(template, view))
        }
        return html
    }

    /// Renders the named template with a view built as template values (clean as it was built);
    /// nil if the theme has no such template. Adds `strings` and `lang` as the dictionary form does.
    public func render(_ template: String, _ view: TemplateView) -> String? {
        renderBytes(template, view).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same page as `render(_:_:)` makes, as UTF-8 bytes, for callers that write it to a file
    /// without making a `String` of it.
    public func renderBytes(_ template: String, _ view: TemplateView) -> [UInt8]? {
        guard let id = program.templateIDs[template] else { return nil }
        let html = render(id, view.object)
        if let check = Self.referenceCheck {
            check.compare(
                template: template, compiled: String(decoding: html, as: UTF8.self),
                reference: renderWithReference(template, view.dictionary))
        }
        return html
    }

    private static let stringsKey = TemplateKey("strings")
    private static let langKey = TemplateKey("lang")
    private static let pageKey = TemplateKey("page")
    private static let bodyKey = TemplateKey("bodyHTML")

    private func render(_ template: Int32, _ view: TemplateObject) -> [UInt8] {
        var root = view
        let addsStrings = root[Self.stringsKey] == nil, addsLanguage = root[Self.langKey] == nil
        if addsStrings || addsLanguage {
            root.reserveCapacity(root.count + 2)
            if addsStrings { root.append(Self.stringsKey, stringsValue) }
            if addsLanguage { root.append(Self.langKey, languageValue) }
        }
        let capacity = Self.outputCapacity(root)
        return withExtendedLifetime(program) {
            withUnsafePointer(to: TemplateValue.object(root)) { root in
                var renderer = TemplateRenderer(program: program, root: root, capacity: capacity)
                renderer.render(template: template)
                return renderer.output
            }
        }
    }

    /// swift-mustache's rendering of the same template and view, as `render` did before it compiled
    /// templates.
    func renderWithReference(_ template: String, _ view: [String: Any]) -> String? {
        guard templateNames.contains(template) else { return nil }
        var cleaned = ViewValue.cleaned(view)
        if cleaned["strings"] == nil { cleaned["strings"] = strings }
        if cleaned["lang"] == nil { cleaned["lang"] = language }
        return library.render(cleaned, withTemplate: template)
    }

    /// Room for the page's layout around its body, so the buffer rarely grows while rendering.
    private static func outputCapacity(_ root: TemplateObject) -> Int {
        guard case .object(let page)? = root[pageKey] else { return 16 * 1024 }
        switch page[bodyKey] {
        case .text(let body)?: return 16 * 1024 + body.utf8.count
        case .html(let body)?: return 16 * 1024 + body.count
        default: return 16 * 1024
        }
    }

    /// Whether the theme (or the default theme beneath it) has the named template.
    public func hasTemplate(_ name: String) -> Bool { templateNames.contains(name) }

    /// All template names, sorted (`404`, `aktor`, `base`, `partials/fakta` …).
    public var templates: [String] { templateNames.sorted() }
}
