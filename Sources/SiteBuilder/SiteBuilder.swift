import Content
import Foundation
import Linking
import Markdown
import Privacy
import SiteCore
import Statistics
import Theme

/// The pipeline of DESIGN.md §3: load the bank, load the theme, outline every page (heading ids),
/// render every page with its links resolved, add the generated pages and assets, and — only when
/// no error was found — write the site atomically. Hands back a `BuildReport` with every diagnostic.
public enum SiteBuilder {
    /// Top-level keys of `kunskapsbank.yml` that later stages read from `BankConfig.extensions`.
    static let configExtensionKeys: Set<String> = [
        RuleSeverities.configKey, "relationer", "integritet", "statistik", AccessibilityStatement.configKey,
    ]

    public static func build(_ options: BuildOptions) async -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let writer = SiteWriter(
            outputFolder: options.outputFolder, contentFolder: options.contentFolder, themesFolder: options.themesFolder)
        // An unusable output folder is reported before any work, whatever else is wrong.
        if options.writeOutput, let refusal = writer.refusal() {
            return BuildReport(diagnostics: [refusal], pageCount: 0, fileCount: 0, wroteOutput: false, duration: clock.now - start)
        }
        // Nothing changed since the last build: the site is current, and that build's warnings still hold.
        let fingerprint = options.writeOutput && options.archivePath == nil ? InputFingerprint.compute(options) : nil
        if let fingerprint, let previous = PreviousBuild.read(output: options.outputFolder), previous.fingerprint == fingerprint.value {
            return BuildReport(
                diagnostics: previous.report.reportedDiagnostics.sorted(), pageCount: previous.pageCount,
                fileCount: previous.fileCount, wroteOutput: true, duration: clock.now - start,
                acceptedFindings: previous.report.acceptedFindings)
        }
        let rendered = await render(options)
        let files = rendered.files
        var all = rendered.diagnostics
        var wrote = false
        if options.writeOutput, !all.hasErrors {
            options.progress?(.writing(files: files.count))
            do {
                var timer = StageTimer()
                let stored = PreviousBuildReport(publishing: all.sorted(), accepted: rendered.accepted)
                let record = fingerprint.flatMap { fingerprint in
                    stored.map { report in
                        PreviousBuild(
                            fingerprint: fingerprint.value, pageCount: rendered.pageCount, fileCount: files.count + 1,
                            report: report)
                    }
                }
                try writer.write(files, record: record)
                timer.mark("skriva")
                wrote = true
            } catch {
                all.append(Diagnostic(
                    .error, at: SourceLocation(file: options.outputFolder), rule: "output.io",
                    "kunde inte skriva webbplatsen: \(error.localizedDescription)",
                    hint: "den tidigare webbplatsen är orörd; kontrollera diskutrymme och behörigheter"))
            }
        }
        if wrote, let archive = options.archivePath, let problem = SiteArchive(files: files, date: rendered.updated).write(to: archive) {
            all.append(problem)
        }
        return BuildReport(
            diagnostics: all.sorted(), pageCount: rendered.pageCount, fileCount: files.count + (wrote ? 1 : 0),
            wroteOutput: wrote, duration: clock.now - start, acceptedFindings: rendered.accepted)
    }

    /// Every stage up to (not including) writing: the files the site would hold and what was wrong.
    static func render(_ options: BuildOptions) async -> RenderedSite {
        var timer = StageTimer()
        var bank = ContentLoader(contentFolder: options.contentFolder, otherConfigKeys: configExtensionKeys).load()
        timer.mark("läsa in")
        var diagnostics = bank.diagnostics
        guard let config = bank.config else { return RenderedSite(diagnostics: diagnostics) }
        let privacy = PrivacyGuard(contentFolder: options.contentFolder, protectedWordsFile: options.protectedWordsFile)
            .check(bank, config: config)
        diagnostics += privacy.diagnostics
        timer.mark("integritet")
        options.progress?(.loaded(pages: bank.pages.count))

        let themeName = options.themeName ?? config.site.theme
        let loaded = await ThemeLoader.load(themesFolder: options.themesFolder, name: themeName, language: config.site.language)
        diagnostics += loaded.diagnostics
        guard let theme = loaded.theme else { return RenderedSite(diagnostics: privacy.masking(diagnostics), accepted: privacy.accepted) }
        // Render only what may be published: case quasi-identifiers as coarse as the privacy check assumed.
        let unpublished = bank
        bank.pages = privacy.publishedPages

        let fileNames = bank.dataFiles.map(\.relativePath) + bank.staticFiles.map(\.relativePath)
        var index = SiteIndex(pages: bank.pages, files: fileNames)
        let renderer = PageRenderer(
            dataFiles: Dictionary(bank.dataFiles.map { ($0.relativePath, $0.text) }, uniquingKeysWith: { a, _ in a }),
            theme: theme)

        timer.mark("tema")
        let outlines = parallelMap(bank.pages, parallel: options.parallel) { renderer.outline($0) }
        timer.mark("rubriker")
        var links: [String: [LinkReference]] = [:]
        var headings: [String: [Heading]] = [:]
        var plainTexts: [String: String] = [:]
        for (page, outline) in zip(bank.pages, outlines) {
            headings[page.relativePath] = outline.headings
            plainTexts[page.relativePath] = outline.plainText
            links[page.relativePath] = outline.links
            diagnostics += outline.diagnostics
        }
        // Assigned once: every assignment to `index.headings` recomputes the heading ids of all pages.
        index.headings = headings
        let graph = Linking.link(
            index: index, links: links, config: config, configFile: options.contentFolder + "/kunskapsbank.yml",
            externalNote: theme.strings["externalLink"] ?? "(extern webbplats)")
        diagnostics += graph.diagnostics
        timer.mark("länkar")

        var siteContext = SiteContext(config: config, pages: bank.pages, index: index, graph: graph, strings: theme.strings)
        // Statistics count the cases as written (exact months), not as the case pages show them.
        let (statistics, statisticsDiagnostics) = Self.statistics(options, config: config, bank: unpublished)
        siteContext.statistics = statistics
        diagnostics += statisticsDiagnostics
        timer.mark("statistik")
        let context = siteContext
        let counter = ProgressCounter()
        let total = bank.pages.count
        let rendered = parallelMap(bank.pages, parallel: options.parallel) { page in
            defer { options.progress?(.rendered(done: counter.next(), total: total)) }
            return renderer.render(page, context: context)
        }
        timer.mark("rendera")
        var files = rendered.compactMap(\.file)
        diagnostics += rendered.flatMap(\.diagnostics)

        let generated = GeneratedPages(context: context, theme: theme).make(existing: Set(bank.pages.map(\.sitePath)))
        files += generated.files
        diagnostics += generated.diagnostics
        if let statistics {
            let made = StatisticsPageView(context: context, theme: theme).files(statistics)
            files += made.files
            diagnostics += made.diagnostics
        }
        let configFile = ContentLoader(contentFolder: options.contentFolder).contentFolder + "/kunskapsbank.yml"
        let publishing = PublishingPages(context: context, theme: theme, configFile: configFile).make(
            pages: bank.pages, dataFiles: renderer.dataFiles, plainTexts: plainTexts, writtenPages: files,
            parallel: options.parallel)
        files += publishing.pages
        diagnostics += publishing.diagnostics
        let pageCount = files.count { $0.path.hasSuffix(".html") }
        files += publishing.files
        timer.mark("genererade sidor")

        files += theme.assets.map { OutputFile(path: "assets/" + $0.relativePath, copyFrom: $0.absolutePath) }
        files += bank.dataFiles.map { OutputFile(path: $0.relativePath, text: $0.text) }
        files += bank.staticFiles.map { OutputFile(path: $0.relativePath, copyFrom: $0.absolutePath) }
        let severities = RuleSeverities(config: config, configFile: options.contentFolder + "/kunskapsbank.yml")
        return RenderedSite(
            files: files.sorted { $0.path < $1.path }, pageCount: pageCount,
            diagnostics: privacy.masking(severities.apply(to: diagnostics)), accepted: privacy.accepted,
            updated: config.site.updated ?? config.site.published)
    }

    /// The statistics of the bank (nil without a `statistik:` section), with their diagnostics.
    public static func statistics(_ options: BuildOptions, config: BankConfig, bank: LoadedBank) -> (BankStatistics?, [Diagnostic]) {
        guard let node = config.extensions["statistik"] else { return (nil, []) }
        var folder = options.contentFolder
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return StatisticsBuilder.build(
            node: node, configFile: folder + "/kunskapsbank.yml", bank: config, pages: bank.pages, dataFiles: bank.dataFiles)
    }

    /// Loads the bank in `contentFolder` and computes only its statistics (for `kunskapsbank stats`).
    public static func statistics(contentFolder: String) -> (BankStatistics?, [Diagnostic]) {
        let bank = ContentLoader(contentFolder: contentFolder, otherConfigKeys: configExtensionKeys).load()
        guard let config = bank.config else { return (nil, bank.diagnostics) }
        let (statistics, diagnostics) = Self.statistics(
            BuildOptions(contentFolder: contentFolder, themesFolder: ""), config: config, bank: bank)
        return (statistics, bank.diagnostics + diagnostics)
    }
}

/// What every stage up to writing produced: the files the site would hold (sorted), how many of
/// them are pages, every diagnostic, the privacy findings accepted with a reason, and the date
/// the zip's entries carry.
struct RenderedSite: Sendable {
    var files: [OutputFile] = []
    var pageCount = 0
    var diagnostics: [Diagnostic]
    var accepted: [AcceptedFinding] = []
    var updated: String?
}
