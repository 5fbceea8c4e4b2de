import Foundation
import SiteBuilder

/// Pages the fast path published while a full build ran, handed to that build just before it swaps
/// its site in (`BuildOptions.lateFiles`), so the swap never brings back an older page.
///
/// The build asks from its own thread and cannot wait for the rebuilder actor, hence a lock. Once
/// the build has taken the files the box is sealed: a page published after that is not in the
/// swapped-in site, and the rebuilder puts it back itself before it announces the build.
final class LateFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: OutputFile] = [:]
    private var sealed = false

    /// A build starts: nothing late yet.
    func open() {
        lock.withLock {
            files = [:]
            sealed = false
        }
    }

    /// Adds the newest version of pages; false once the build has taken its files.
    func add(_ new: [OutputFile]) -> Bool {
        lock.withLock {
            guard !sealed else { return false }
            for file in new { files[file.path] = file }
            return true
        }
    }

    /// For the build, once: the files by path, and the box sealed.
    func take() -> [OutputFile] {
        lock.withLock {
            sealed = true
            return files.keys.sorted().compactMap { files[$0] }
        }
    }
}
