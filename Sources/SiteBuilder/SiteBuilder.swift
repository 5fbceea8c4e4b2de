import Content
import Foundation
import SiteCore
import Theme

/// The pipeline of DESIGN.md §3: load the bank, load the theme, outline every page (heading ids),
/// render every page with its links resolved, add the generated pages and assets, and — only when
/// no error was found — write the site atomically. Hands back a `BuildReport` with every diagnostic.
public enum SiteBuilder {
    /// Top-level keys of `kunskapsbank.yml` that later stages read from `BankConfig.extensions`.
    static let configExtensionKeys: Set<String> = [AccessibilityStatement.configKey]

    public static func build(_ options: BuildOptions) async -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let writer = SiteWriter(outputFolder: options.outputFolder, contentFolder: options.contentFolder)
        // An unusable output folder is reported before any work, whatever else is wrong.
        if options.writeOutput, let refusal = writer.refusal() {
            return BuildReport(diagnostics: [refusal], pageCount: 0, fileCount: 0, wroteOutput: false, duration: clock.now - start)
        }
        let (files, pageCount, diagnostics, updated) = await render(options)
        var all = diagnostics
        var wrote = false
        if options.writeOutput, !all.hasErrors {
            do {
                try writer.write(files)
                wrote = true
            } catch {
                all.append(Diagnostic(
                    .error, at: SourceLocation(file: options.outputFolder), rule: "output.io",
                    "kunde inte skriva webbplatsen: \(error.localizedDescription)",
                    hint: "den tidigare webbplatsen är orörd; kontrollera diskutrymme och behörigheter"))
            }
        }
        if wrote, let archive = options.archivePath, let problem = SiteArchive(files: files, date: updated).write(to: archive) {
            all.append(problem)
        }
        return BuildReport(
            diagnostics: all.sorted(), pageCount: pageCount, fileCount: files.count + (wrote ? 1 : 0),
            wroteOutput: wrote, duration: clock.now - start)
    }

    /// Every stage up to (not including) writing: the files the site would hold and what was wrong.
    static func render(_ options: BuildOptions) async -> (files: [OutputFile], pageCount: Int, diagnostics: [Diagnostic], updated: String?) {
        let bank = ContentLoader(contentFolder: options.contentFolder, otherConfigKeys: configExtensionKeys).load()
        var diagnostics = bank.diagnostics
        guard let config = bank.config else { return ([], 0, diagnostics, nil) }

        let themeName = options.themeName ?? config.site.theme
        let loaded = await ThemeLoader.load(themesFolder: options.themesFolder, name: themeName, language: config.site.language)
        diagnostics += loaded.diagnostics
        guard let theme = loaded.theme else { return ([], 0, diagnostics, nil) }

        let fileNames = bank.dataFiles.map(\.relativePath) + bank.staticFiles.map(\.relativePath)
        var index = SiteIndex(pages: bank.pages, files: fileNames)
        let renderer = PageRenderer(
            dataFiles: Dictionary(bank.dataFiles.map { ($0.relativePath, $0.text) }, uniquingKeysWith: { a, _ in a }),
            theme: theme)

        let outlines = parallelMap(bank.pages, parallel: options.parallel) { renderer.outline($0) }
        for (page, outline) in zip(bank.pages, outlines) {
            index.headingIDs[page.relativePath] = outline.headingIDs
            diagnostics += outline.diagnostics
        }

        let context = SiteContext(config: config, pages: bank.pages, index: index, strings: theme.strings)
        let rendered = parallelMap(bank.pages, parallel: options.parallel) { renderer.render($0, context: context) }
        var files = rendered.compactMap(\.file)
        diagnostics += rendered.flatMap(\.diagnostics)

        let generated = GeneratedPages(context: context, theme: theme).make(existing: Set(bank.pages.map(\.sitePath)))
        files += generated.files
        diagnostics += generated.diagnostics
        let configFile = ContentLoader(contentFolder: options.contentFolder).contentFolder + "/kunskapsbank.yml"
        let publishing = PublishingPages(context: context, theme: theme, configFile: configFile).make(
            pages: bank.pages, dataFiles: renderer.dataFiles, writtenPages: files, parallel: options.parallel)
        files += publishing.pages
        diagnostics += publishing.diagnostics
        let pageCount = files.count
        files += publishing.files

        files += theme.assets.map { OutputFile(path: "assets/" + $0.relativePath, copyFrom: $0.absolutePath) }
        files += bank.dataFiles.map { OutputFile(path: $0.relativePath, text: $0.text) }
        files += bank.staticFiles.map { OutputFile(path: $0.relativePath, copyFrom: $0.absolutePath) }
        return (files.sorted { $0.path < $1.path }, pageCount, diagnostics, config.site.updated ?? config.site.published)
    }
}
