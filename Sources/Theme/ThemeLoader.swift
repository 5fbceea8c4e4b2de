import DefaultTheme
import Mustache
import SiteCore

/// Loads `themes/<name>/` over `themes/default/`: every template parsed, the strings for one
/// language, the assets to copy, and every problem as a diagnostic.
public struct ThemeLoader {
    /// The theme every other theme falls back to, file by file.
    public static let defaultThemeName = "default"

    /// Loads the named theme from `themesFolder` (`themes`, or a path to it).
    ///
    /// The theme is nil when any error was found: a missing theme folder, a template with a syntax
    /// error or naming a missing partial, a partial cycle, a missing or broken strings file, or a
    /// resource loaded from another origin.
    public static func load(themesFolder: String, name: String, language: String) async -> ThemeLoadResult {
        let folder = normalisedFolder(themesFolder)
        var themeFolder = folder + "/" + name
        var defaultFolder = folder + "/" + defaultThemeName
        // Without a themes/default/ of its own, a bank uses the default theme built into the tool.
        if !ThemeLayers.isDirectory(defaultFolder), let builtIn = BuiltInTheme.themesFolder() {
            defaultFolder = builtIn + "/" + defaultThemeName
            if name == defaultThemeName { themeFolder = defaultFolder }
        }
        guard ThemeLayers.isDirectory(themeFolder) else {
            return ThemeLoadResult(theme: nil, diagnostics: [missingTheme(themeFolder, themesFolder: folder)])
        }
        var folders = [themeFolder]
        if name != defaultThemeName, ThemeLayers.isDirectory(defaultFolder) { folders.append(defaultFolder) }
        let layers = ThemeLayers(folders: folders)

        var diagnostics: [Diagnostic] = []
        let templates = loadTemplates(layers, diagnostics: &diagnostics)
        let strings = loadStrings(layers, language: language, diagnostics: &diagnostics)
        let assets = loadAssets(layers, diagnostics: &diagnostics)
        diagnostics.sort()

        guard !diagnostics.hasErrors else { return ThemeLoadResult(theme: nil, diagnostics: diagnostics) }
        let theme = Theme(
            name: name, language: language, strings: strings, assets: assets,
            templates: templates.compiled, library: MustacheLibrary(templates: templates.reference))
        return ThemeLoadResult(theme: theme, diagnostics: diagnostics)
    }

    private static func normalisedFolder(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty ? "." : path
    }

    private static func missingTheme(_ themeFolder: String, themesFolder: String) -> Diagnostic {
        let existing = ThemeLayers.subfolders(of: themesFolder)
        let hint = existing.isEmpty
            ? "mappen \(themesFolder) har inga teman; välj \(defaultThemeName) och lägg temat i \(themesFolder)/\(defaultThemeName)/"
            : "befintliga teman: " + existing.joined(separator: ", ")
        return Diagnostic(.error, at: SourceLocation(file: themeFolder), rule: "theme.missing", "temat finns inte", hint: hint)
    }

    private static func loadTemplates(
        _ layers: ThemeLayers, diagnostics: inout [Diagnostic]
    ) -> (compiled: [String: CompiledTemplate], reference: [String: MustacheTemplate]) {
        let suffix = ".mustache"
        var templates: [String: MustacheTemplate] = [:]
        var compiled: [String: CompiledTemplate] = [:]
        var sources: [TemplateReferenceCheck.Source] = []
        for (relativePath, file) in layers.files(in: "templates", withExtension: "mustache").sorted(by: { $0.key < $1.key }) {
            let name = String(relativePath.dropLast(suffix.count))
            guard let text = ThemeLayers.readText(file) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file), rule: "theme.unreadable", "mallen kan inte läsas"))
                continue
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
                // swift-mustache's parse reports syntax errors; ours refuses what it cannot render.
                do {
                    compiled[name] = try TemplateParser.parse(text)
                } catch {
                    diagnostics.append(TemplateSyntaxDiagnostic.unsupported(file: file, text: text, failure: error))
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(TemplateSyntaxDiagnostic.make(file: file, error: error))
            } catch {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file), rule: "theme.template-syntax",
                                              TemplateSyntaxDiagnostic.describe(error).message))
            }
            sources.append(.init(name: name, file: file, text: text))
            diagnostics += ExternalResourceScan.inTemplate(text).map { externalResource($0, file: file, text: text) }
        }
        diagnostics += TemplateReferenceCheck.diagnostics(for: sources)
        return (compiled, templates)
    }

    /// The default theme's strings, overridden key by key by the named theme's. A language tag with
    /// a region (`sv-SE`) falls back to its language (`sv`).
    private static func loadStrings(_ layers: ThemeLayers, language: String, diagnostics: inout [Diagnostic]) -> [String: String] {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        let candidates = base == language ? [language] : [language, base]
        var strings: [String: String] = [:]
        var found = false
        for folder in layers.folders.reversed() {
            let files = candidates.map { folder + "/strings/" + $0 + ".yml" }
            guard let (file, text) = files.lazy.compactMap({ file in ThemeLayers.readText(file).map { (file, $0) } }).first
            else { continue }
            found = true
            let parsed = InterfaceStrings.parse(text, file: file)
            strings.merge(parsed.strings) { _, override in override }
            diagnostics += parsed.diagnostics
        }
        if !found {
            let expected = (layers.folders.last ?? ".") + "/strings/" + language + ".yml"
            let available = layers.folders.flatMap { ThemeLayers.listFiles(under: $0 + "/strings") }
                .filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: expected), rule: "theme.strings-missing",
                "det finns inga gränssnittstexter för språket \"\(language)\"",
                hint: available.isEmpty
                    ? "skapa filen med nyckel: text per rad"
                    : "språk som finns: " + Set(available).sorted().joined(separator: ", ")))
        }
        return strings
    }

    private static func loadAssets(_ layers: ThemeLayers, diagnostics: inout [Diagnostic]) -> [ThemeAsset] {
        let assets = layers.files(in: "assets").map { ThemeAsset(relativePath: $0.key, absolutePath: $0.value) }
            .sorted { $0.relativePath < $1.relativePath }
        for asset in assets where asset.relativePath.hasSuffix(".css") {
            guard let text = ThemeLayers.readText(asset.absolutePath) else { continue }
            diagnostics += ExternalResourceScan.inStylesheet(text).map {
                externalResource($0, file: asset.absolutePath, text: text)
            }
        }
        return assets
    }

    private static func externalResource(_ finding: ExternalResourceScan.Finding, file: String, text: String) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: file, line: finding.line, column: finding.column),
            rule: "theme.external-resource", "resursen hämtas från en annan webbplats: \(finding.url)",
            hint: "lägg filen i temats assets/ och länka den relativt; webbplatsen får inte göra anrop till andra servrar",
            sourceLine: TextPosition.line(finding.line, of: text))
    }
}
