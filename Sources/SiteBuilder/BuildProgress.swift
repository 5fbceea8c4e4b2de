import Foundation

/// How far a build has come, for a progress line on a terminal. Reported from several threads while
/// pages render; a handler must be cheap and thread-safe.
public enum BuildProgress: Sendable, Equatable {
    /// The content was read: how many pages it holds.
    case loaded(pages: Int)
    /// `done` of `total` pages rendered.
    case rendered(done: Int, total: Int)
    /// The site is being written: how many files.
    case writing(files: Int)
}

/// Counts rendered pages across threads.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
