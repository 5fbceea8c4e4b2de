import Foundation

/// Finds changed files by polling: every file below the watched folders is stat'ed and compared
/// with the previous look (modification time, size, inode).
///
/// Polling rather than inotify: it works the same on Linux and macOS, needs no C shim, sees files in
/// folders created after the start, and copes with editors that save by writing a new file and
/// renaming it over the old one. A look at DRIVE's ~130 files takes about a millisecond, so a look
/// every 200 ms costs nothing noticeable and bounds the delay before a rebuild starts.
struct ChangeWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Double
        var size: Int
        var inode: UInt64
    }

    typealias Snapshot = [String: Stamp]

    let folders: [String]

    /// Every regular, non-hidden file below the watched folders (editor backups `x~` skipped).
    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for folder in folders { Self.scan(folder, into: &result) }
        return result
    }

    /// Paths added, removed or changed between two looks, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed: Set<String> = []
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    private static func scan(_ folder: String, into result: inout Snapshot) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                scan(path, into: &result)
            case S_IFREG:
                #if canImport(Darwin)
                let time = info.st_mtimespec
                #else
                let time = info.st_mtim
                #endif
                result[path] = Stamp(
                    modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, size: Int(info.st_size),
                    inode: UInt64(info.st_ino))
            default:
                continue
            }
        }
    }
}
