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
        var timer = StageTimer()
        let writer = SiteWriter(
            outputFolder: options.outputFolder, contentFolder: options.contentFolder, themesFolder: options.themesFolder)
        // An unusable output folder is reported before any work, whatever else is wrong.
        if options.writeOutput, let refusal = writer.refusal() {
            return BuildReport(diagnostics: [refusal], pageCount: 0, fileCount: 0, wroteOutput: false, duration: clock.now - start)
        }
        // Nothing changed since the last build: the site is current, and that build's warnings still hold.
        var fingerprint = options.writeOutput && options.archivePath == nil ? InputFingerprint.compute(options) : nil
        timer.mark("fingeravtryck")
        if let fingerprint, let previous = PreviousBuild.read(output: options.outputFolder), previous.fingerprint == fingerprint.value {
            writer.removeLeftovers()
            return BuildReport(
                diagnostics: previous.report.reportedDiagnostics.sorted(), pageCount: previous.pageCount,
                fileCount: previous.fileCount, wroteOutput: true, duration: clock.now - start,
                acceptedFindings: previous.report.acceptedFindings)
        }
        // Pages go to a staging folder beside the output as they are rendered; only a build
        // without errors swaps it in. `--zip` packs them from the site written.
        var staging: SiteWriter.Staging?
        var all: [Diagnostic] = []
        if options.writeOutput {
            do { staging = try writer.begin() } catch { all.append(writeFailure(error, options)) }
        }
        let output = SiteOutput(staging: staging, parallel: options.parallel)
        timer.mark("förbereda")
        // The pages' bytes go to the loader alone, so that each is let go once it is loaded.
        let preread = fingerprint.map { PrereadFiles($0.pages) }
        fingerprint?.pages = [:]
        let rendered = await render(options, into: output, preread: preread)
        all += rendered.diagnostics
        if let failure = output.failure { all.append(writeFailure(failure, options)) }
        var wrote = false
        if let staging {
            if all.hasErrors {
                writer.discard(staging)
            } else {
                options.progress?(.writing(files: output.paths.count))
                timer = StageTimer()
                let stored = PreviousBuildReport(publishing: all.sorted(), accepted: rendered.accepted)
                let record = fingerprint.flatMap { fingerprint in
                    stored.map { report in
                        PreviousBuild(
                            fingerprint: fingerprint.value, pageCount: output.pageCount, fileCount: output.paths.count + 1,
                            report: report)
                    }
                }
                do {
                    // Pages `serve` rendered on its own while this build ran are newer than the build's.
                    let late = options.lateFiles?() ?? []
                    if !late.isEmpty { try staging.replace(late) }
                    try writer.commit(staging, record: late.isEmpty ? record : nil)
                    wrote = true
                } catch {
                    writer.discard(staging)
                    all.append(writeFailure(error, options))
                }
                timer.mark("skriva")
            }
        }
        if wrote, let archive = options.archivePath {
            // Packed from the site just written, so the zip holds exactly what was published.
            let files = Set(output.paths).sorted().map { OutputFile(path: $0, copyFrom: writer.publishedPath + "/" + $0) }
            if let problem = SiteArchive(files: files, date: rendered.updated).write(to: archive) { all.append(problem) }
        }
        if options.leavesMemoryToExit { LeftForExit.keep(output, rendered) }
        return BuildReport(
            diagnostics: all.sorted(), pageCount: output.pageCount, fileCount: output.paths.count + (wrote ? 1 : 0),
            wroteOutput: wrote, duration: clock.now - start, acceptedFindings: rendered.accepted,
            session: wrote ? rendered.session : nil)
    }

    private static func writeFailure(_ error: any Error, _ options: BuildOptions) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: options.outputFolder), rule: "output.io",
            "kunde inte skriva webbplatsen: \(error.localizedDescription)",
            hint: "den tidigare webbplatsen är orörd; kontrollera diskutrymme och behörigheter")
    }

    /// Every stage up to (not including) the swap: the files the site holds go to `output` as they
    /// are made; hands back what was wrong.
    static func render(_ options: BuildOptions, into output: SiteOutput, preread: PrereadFiles? = nil) async -> RenderedSite {
        var timer = StageTimer()
        var loader = ContentLoader(contentFolder: options.contentFolder, otherConfigKeys: configExtensionKeys)
        loader.preread = preread
        var bank = loader.load()
        timer.mark("läsa in")
        var diagnostics = bank.diagnostics
        guard let config = bank.config else { return RenderedSite(diagnostics: diagnostics) }
        // The theme loads while the privacy check runs: neither needs the other.
        let themeName = options.themeName ?? config.site.theme
        async let loading = ThemeLoader.load(themesFolder: options.themesFolder, name: themeName, language: config.site.language)
        var privacy = PrivacyGuard(contentFolder: options.contentFolder, protectedWordsFile: options.protectedWordsFile)
            .check(bank, config: config)
        diagnostics += privacy.diagnostics
        timer.mark("integritet")
        options.progress?(.loaded(pages: bank.pages.count))

        let loaded = await loading
        diagnostics += loaded.diagnostics
        guard let theme = loaded.theme else { return RenderedSite(diagnostics: privacy.masking(diagnostics), accepted: privacy.accepted) }
        timer.mark("tema")
        // Statistics count the cases as written (exact months), not as the case pages show them.
        let (statistics, statisticsDiagnostics) = Self.statistics(options, config: config, bank: bank)
        diagnostics += statisticsDiagnostics
        timer.mark("statistik")
        // Render only what may be published: case quasi-identifiers as coarse as the privacy check
        // assumed. The pages as written stay only for `serve`'s session.
        let readPages = options.keepsSession ? bank.pages : []
        bank.pages = privacy.publishedPages
        privacy.publishedPages = []

        let renderer = PageRenderer(
            dataFiles: Dictionary(bank.dataFiles.map { ($0.relativePath, $0.text) }, uniquingKeysWith: { a, _ in a }),
            theme: theme)
        // Each page is parsed once, here, a few hundred at a time: its headings and links go to the
        // link stage, its search terms to the index, and its body waits, rendered, for its links.
        // A page rendered from its prepared body needs its Markdown no more: it is let go at once.
        var links: [String: [LinkReference]] = [:]
        var headings: [String: [Heading]] = [:]
        var bodies: [PreparedBody?] = []
        bodies.reserveCapacity(bank.pages.count)
        var searchIndex = SearchIndex()
        // Each batch's results are taken in while the next batch is outlined on the other threads.
        var outlined: (batch: ArraySlice<Int>, outlines: [PageRenderer.Outline])?
        for batch in chunks(Array(bank.pages.indices), count: max(1, bank.pages.count / 256)) + [[]] {
            let pages = batch.map { bank.pages[$0] }
            async let next = parallelMap(pages, parallel: options.parallel) { renderer.outline($0, config: config) }
            if let (done, outlines) = outlined {
                for (index, outline) in zip(done, outlines) {
                    let path = bank.pages[index].relativePath
                    headings[path] = outline.headings
                    links[path] = outline.links
                    diagnostics += outline.diagnostics
                    bodies.append(outline.body)
                    if let entry = outline.search { searchIndex.add(entry) }
                    if outline.body?.needsSource == false { bank.pages[index].body = "" }
                }
            }
            outlined = (batch, await next)
        }
        timer.mark("rubriker")
        let fileNames = bank.dataFiles.map(\.relativePath) + bank.staticFiles.map(\.relativePath)
        var index = SiteIndex(pages: bank.pages, files: fileNames)
        index.headings = headings
        let contentFolder = ContentLoader(contentFolder: options.contentFolder).contentFolder
        let graph = Linking.link(
            index: index, links: links, config: config, configFile: options.contentFolder + "/kunskapsbank.yml",
            externalNote: theme.strings["externalLink"] ?? "(extern webbplats)",
            sourceText: { page in SourceFileText.read(contentFolder + "/" + page.relativePath) })
        links = [:]
        diagnostics += graph.diagnostics
        timer.mark("länkar")

        var siteContext = SiteContext(config: config, pages: bank.pages, index: index, graph: graph, strings: theme.strings)
        siteContext.statistics = statistics
        _ = siteContext.cards  // made once here, before the render threads need them
        let context = siteContext
        let counter = ProgressCounter()
        let total = bank.pages.count
        // A few hundred pages at a time: each batch is written while the next one is rendered, and
        // each body is let go once its page is rendered.
        var rendered: [PageRenderer.Rendered] = []
        for batch in chunks(Array(bank.pages.indices), count: max(1, total / 256)) + [[]] {
            let work = batch.map { (bank.pages[$0], bodies[$0]) }
            for index in batch { bodies[index] = nil }
            async let next = parallelMap(work, parallel: options.parallel) { page, body in
                defer { options.progress?(.rendered(done: counter.next(), total: total)) }
                return renderer.render(page, body: body, context: context)
            }
            output.add(rendered.compactMap(\.file), pages: true)
            diagnostics += rendered.flatMap(\.diagnostics)
            rendered = await next
        }
        timer.mark("rendera")

        let generated = GeneratedPages(context: context, theme: theme, parallel: options.parallel).make(existing: Set(bank.pages.map(\.sitePath)))
        output.add(generated.files, pages: true)
        diagnostics += generated.diagnostics
        if let statistics {
            let made = StatisticsPageView(context: context, theme: theme).files(statistics)
            output.add(made.files, pages: true)
            diagnostics += made.diagnostics
        }
        let configFile = contentFolder + "/kunskapsbank.yml"
        let publishing = PublishingPages(context: context, theme: theme, configFile: configFile, parallel: options.parallel).make(
            pages: bank.pages, searchIndex: searchIndex, writtenPaths: output.paths)
        output.add(publishing.pages, pages: true)
        diagnostics += publishing.diagnostics
        output.add(publishing.files)
        timer.mark("genererade sidor")

        output.add(theme.assets.map { OutputFile(path: "assets/" + $0.relativePath, copyFrom: $0.absolutePath) })
        output.add(bank.dataFiles.map { OutputFile(path: $0.relativePath, text: $0.text) })
        output.add(bank.staticFiles.map { OutputFile(path: $0.relativePath, copyFrom: $0.absolutePath) })
        let severities = RuleSeverities(config: config, configFile: options.contentFolder + "/kunskapsbank.yml")
        if options.leavesMemoryToExit { LeftForExit.keep(bank, index, graph, context, searchIndex, headings, privacy) }
        let session = options.keepsSession
            ? BuildSession(
                options: options, config: config, readPages: Dictionary(readPages.map { ($0.relativePath, $0) }) { a, _ in a },
                context: context, renderer: renderer, severities: severities,
                externalNote: theme.strings["externalLink"] ?? "(extern webbplats)")
            : nil
        return RenderedSite(
            diagnostics: privacy.masking(severities.apply(to: diagnostics)), accepted: privacy.accepted,
            updated: config.site.updated ?? config.site.published, session: session)
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

/// What every stage up to writing found besides the files: every diagnostic, the privacy findings
/// accepted with a reason, and the date the zip's entries carry.
struct RenderedSite: Sendable {
    var diagnostics: [Diagnostic]
    var accepted: [AcceptedFinding] = []
    var updated: String?
    var session: BuildSession?
}
