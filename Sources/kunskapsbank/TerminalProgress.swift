import Foundation
import SiteBuilder

/// One progress line on standard error (`renderar 34/78 sidor`), redrawn in place at most every
/// 50 ms, and wiped before the diagnostics and the summary are printed. Silent when standard error
/// is not a terminal (a pipe, a file, CI), so logs stay clean.
final class TerminalProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var shown = false

    static let shared = TerminalProgress()

    /// The handler for `BuildOptions.progress`, or nil when standard error is not a terminal.
    static func handler() -> (@Sendable (BuildProgress) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { shared.show($0) }
    }

    func show(_ progress: BuildProgress) {
        let text: String
        var force = false
        switch progress {
        case .loaded(let pages): text = "läste \(pages) sidor"; force = true
        case .rendered(let done, let total): text = "renderar \(done)/\(total) sidor"; force = done == total
        case .writing(let files): text = "skriver \(files) filer"; force = true
        }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) > 0.05 else { return }
        lastDraw = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text) …".utf8))
    }

    /// Wipes the progress line, if one was drawn.
    static func clear() {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        guard shared.shown else { return }
        shared.shown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
