import Foundation
import SiteBuilder

/// Pages the fast path published while a full build ran, handed to that build just before it swaps
/// its site in (`BuildOptions.lateFiles`), so the swap never brings back an older page.
///
/// The build asks from its own thread and cannot wait for the rebuilder actor, hence a lock. Once
/// the build has taken the files the box is sealed: a page published after that, into the folder
/// about to be swapped out, must be put into the new one once the swap is done (`swapDone`).
final class LateFiles: @unchecked Sendable {
    /// The published site folder, whose identity changes with the swap.
    let siteFolder: String
    private let lock = NSLock()
    private var files: [String: OutputFile] = [:]
    private var sealed = false
    private var folderBeforeSwap: UInt64?

    init(siteFolder: String) {
        self.siteFolder = siteFolder
    }

    /// A build starts, or has finished: nothing late yet.
    func open() {
        lock.withLock {
            files = [:]
            sealed = false
            folderBeforeSwap = nil
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
        let folder = Self.identity(siteFolder)
        return lock.withLock {
            sealed = true
            folderBeforeSwap = folder
            return files.keys.sorted().compactMap { files[$0] }
        }
    }

    /// True unless the box is sealed and the build's folder is not swapped in yet.
    var swapDone: Bool {
        let (sealed, before) = lock.withLock { (self.sealed, folderBeforeSwap) }
        return !sealed || Self.identity(siteFolder) != before
    }

    private static func identity(_ folder: String) -> UInt64? {
        var info = stat()
        return stat(folder, &info) == 0 ? UInt64(info.st_ino) : nil
    }
}
