import Foundation
import SiteBuilder
import SiteCore

/// Brings the preview's site up to date after each change, in two steps.
///
/// The fast path: when only the prose of existing pages changed (see `BuildSession`), those pages
/// are rendered alone with what the last full build used, put in place, and browsers are told to
/// reload at once — milliseconds even at 10 000 pages. Then, always, the full build runs in the
/// background (further changes while it runs coalesce into one more build), so backlinks,
/// listings, search and every diagnostic catch up; its result is published and reloaded as before.
///
/// A full build swaps in a whole new site folder, built from the content as it was when the build
/// started, which would undo pages the fast path put into the old folder while it ran: the build
/// puts them into its folder just before the swap (`LateFiles`); a page published in the moment
/// between is written again once the swap is done. (They are still right: a fast edit changes
/// nothing other pages show, so the build did not change what they were rendered from.)
actor SiteRebuilder {
    let options: BuildOptions
    let state: BuildState
    let log: @Sendable (String) -> Void
    private let site: PublishedSite
    /// What the last full build used; nil after a failed build or a change the fast path cannot take.
    private var session: BuildSession?
    private var building: Task<Void, Never>?
    private var buildAgain = false
    /// Since the running full build started: the files the fast path published (by site path, the
    /// latest of each), and whether a change went past the session (whose result then must not
    /// become the session).
    private var quickSinceStart: [String: OutputFile] = [:]
    private var invalidatedSinceStart = false
    private let late: LateFiles
    private let buildThread = BuildThread()
    private var stopped = false

    init(options: BuildOptions, state: BuildState, log: @escaping @Sendable (String) -> Void) {
        var options = options
        options.keepsSession = true
        let late = LateFiles(siteFolder: options.outputFolder)
        options.lateFiles = { late.take() }
        self.late = late
        self.options = options
        self.state = state
        self.log = log
        site = PublishedSite(folder: options.outputFolder)
    }

    /// The first build, before anything is served.
    func buildFirst() async {
        scheduleFullBuild()
        await building?.value
    }

    /// Takes the paths the watcher found changed (the content or themes folder as given, then the
    /// path inside it). Returns once the fast path is done; the full build goes on behind.
    func changed(_ paths: [String]) async {
        let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " (+\(paths.count - 5))" : "")
        log("ändrat: \(shown)")
        let clock = ContinuousClock()
        let start = clock.now
        if let session, case .rendered(let pages) = session.render(changed: paths) {
            let files = pages.map(\.file)
            do {
                try site.replace(files)
                // Before any suspension: a full build finishing meanwhile must keep these.
                if building != nil {
                    for file in files { quickSinceStart[file.path] = file }
                    if !late.add(files) {
                        // The build is swapping its folder in, without these: once it has, again.
                        let deadline = clock.now + .seconds(2)
                        while !late.swapDone, clock.now < deadline { try? await Task.sleep(for: .milliseconds(1)) }
                        try site.replace(files)
                    }
                }
                await state.publishPageChange()
                let milliseconds = Int(((clock.now - start) / .milliseconds(1)).rounded())
                log("snabbt: \(pages.map(\.source).joined(separator: ", ")) på \(milliseconds) ms")
                try site.recordReplaced(files)
            } catch {
                // The folder is in an unknown state: only a full build may touch it now.
                forgetSession()
            }
        } else {
            forgetSession()
        }
        scheduleFullBuild()
    }

    /// No build starts after this; waits for the one running when asked to.
    func stop(waitingForBuild: Bool) async {
        stopped = true
        guard waitingForBuild else { return }
        await building?.value
        buildThread.stop()
    }

    private func forgetSession() {
        session = nil
        invalidatedSinceStart = true
    }

    private func scheduleFullBuild() {
        guard !stopped else { return }
        if building != nil {
            buildAgain = true
            return
        }
        building = Task(executorPreference: buildThread) { await self.runFullBuilds() }
    }

    private func runFullBuilds() async {
        repeat {
            buildAgain = false
            quickSinceStart = [:]
            invalidatedSinceStart = false
            late.open()
            let report = await SiteBuilder.build(options)
            await finish(report)
        } while buildAgain && !stopped
        building = nil
    }

    private func finish(_ report: BuildReport) async {
        var printer = DiagnosticPrinter()
        var lines = SourceLines()
        var diagnostics: [Diagnostic] = []
        for var diagnostic in report.diagnostics {
            log(printer.format(diagnostic))
            if diagnostic.sourceLine == nil { diagnostic.sourceLine = lines.line(diagnostic.location) }
            diagnostics.append(diagnostic)
        }
        let summary = report.summaryLine()
        log(summary)

        if !report.wroteOutput || invalidatedSinceStart {
            session = nil
        } else if let next = report.session {
            session = next
        }  // else the build was skipped as unchanged: the session still describes the site
        if report.wroteOutput, !quickSinceStart.isEmpty {
            let files = quickSinceStart.keys.sorted().compactMap { quickSinceStart[$0] }
            do {
                try site.replace(files)
                try site.recordReplaced(files)
            } catch {
                forgetSession()
            }
        }
        quickSinceStart = [:]
        late.open()
        await state.publish(diagnostics: diagnostics, siteReady: report.wroteOutput, summary: summary)
    }
}

/// Source lines for the overlay, each file read once.
struct SourceLines {
    private var cache: [String: [Substring]] = [:]

    mutating func line(_ location: SourceLocation) -> String? {
        if cache[location.file] == nil {
            guard let data = FileManager.default.contents(atPath: location.file), data.count < 8 << 20 else { return nil }
            cache[location.file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.file], location.line <= lines.count else { return nil }
        let line = lines[location.line - 1].trimmingCharacters(in: .whitespacesAndNewlines)
        return line.isEmpty ? nil : line
    }
}
