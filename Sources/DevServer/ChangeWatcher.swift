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

    /// The files among `candidates` (paths the kernel named: files, or folders whose files all
    /// count) that were added, removed or changed since `seen`, sorted; `seen` is brought up to date.
    /// Only the candidates are looked at, so a save is found without a look at every file.
    static func changes(among candidates: [String], seen: inout Snapshot) -> [String] {
        var changed: Set<String> = []
        for candidate in candidates {
            var now: Snapshot = [:]
            var info = stat()
            let exists = stat(candidate, &info) == 0
            if exists, info.st_mode & S_IFMT == S_IFDIR {
                scan(candidate, into: &now)
            } else if exists, info.st_mode & S_IFMT == S_IFREG {
                now[candidate] = stamp(info)
            }
            // Whatever `seen` had at or below the candidate and is not there now is gone.
            let below = candidate + "/"
            let isFile = now.count == 1 && now[candidate] != nil
            let before = isFile ? [candidate] : seen.keys.filter { $0 == candidate || $0.hasPrefix(below) }
            for path in before where now[path] == nil {
                seen[path] = nil
                changed.insert(path)
            }
            for (path, stamp) in now where seen[path] != stamp {
                seen[path] = stamp
                changed.insert(path)
            }
        }
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
                result[path] = stamp(info)
            default:
                continue
            }
        }
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(
            modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, size: Int(info.st_size), inode: UInt64(info.st_ino))
    }
}
