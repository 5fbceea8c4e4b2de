import Foundation
#if os(Linux)
import Glibc
#endif

/// What the kernel says changed below the watched folders: paths to look at (files, or folders
/// created, moved or removed), or that it lost count and everything must be looked at.
enum FolderEvent: Sendable {
    case paths([String])
    case overflow
}

/// Tells about changes below a few folders as soon as an editor has written them, through Linux
/// inotify: `serve` at 10 000 pages cannot poll every file often enough to answer a save within
/// a few milliseconds (a look at all of them takes longer than the whole fast path).
///
/// A reading thread of its own (a blocking wait must not hold one of the few threads Swift's
/// tasks share) collects events until the folders have stood still for a moment, so an editor's
/// write-rename-delete dance arrives as one batch, and hands the batch on. Paths are built the way
/// `ChangeWatcher` builds them (folder as given, `/`, name), hidden names and `x~` left out.
/// Nil where inotify is missing or refuses (then `serve` polls).
final class FolderEvents: @unchecked Sendable {
    let batches: AsyncStream<FolderEvent>
    private let continuation: AsyncStream<FolderEvent>.Continuation
    private let lock = NSLock()
    private var stopped = false

    #if os(Linux)
    private let descriptor: Int32
    /// Watch descriptor to folder path; touched only by the reading thread after `init`.
    private var folders: [Int32: String] = [:]
    /// How long the folders must stand still before a batch is handed on.
    private let quietMilliseconds: Int32

    static let mask = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF)

    init?(folders roots: [String], quietMilliseconds: Int32 = 10) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.quietMilliseconds = quietMilliseconds
        (batches, continuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
        for root in roots where FileManager.default.fileExists(atPath: root) {
            guard watchTree(root) else {
                close(descriptor)
                return nil
            }
        }
        continuation.onTermination = { [weak self] _ in self?.stop() }
        let thread = Thread { [self] in run() }
        thread.name = "kunskapsbank-bevakning"
        thread.start()
    }
    #else
    init?(folders: [String], quietMilliseconds: Int32 = 10) { return nil }
    #endif

    /// Ends the reading thread (within a fifth of a second) and the stream.
    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    #if os(Linux)
    /// Watches `folder` and every folder below it; false when the kernel refuses (watch limit).
    private func watchTree(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = folder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue, !watchTree(path) {
                return false
            }
        }
        return true
    }

    private func run() {
        defer {
            close(descriptor)
            continuation.finish()
        }
        let clock = ContinuousClock()
        while !isStopped {
            guard wait(milliseconds: 200) else { continue }
            var paths: Set<String> = []
            var overflow = false
            let first = clock.now
            // Until the folders stand still, but never longer than half a second.
            repeat {
                overflow = readEvents(into: &paths) || overflow
            } while clock.now - first < .milliseconds(500) && wait(milliseconds: quietMilliseconds)
            if overflow {
                continuation.yield(.overflow)
            } else if !paths.isEmpty {
                continuation.yield(.paths(paths.sorted()))
            }
        }
    }

    /// True when events can be read within `milliseconds`.
    private func wait(milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// Reads every queued event; true when the kernel dropped some (queue overflow).
    private func readEvents(into paths: inout Set<String>) -> Bool {
        var overflow = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return overflow }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflow = true; continue }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil; continue }
                guard let folder = folders[watch] else { continue }
                if name.isEmpty {
                    // The watched folder itself went away.
                    if mask & UInt32(IN_DELETE_SELF) != 0 { paths.insert(folder) }
                    continue
                }
                guard !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
                let path = folder + "/" + name
                paths.insert(path)
                // A folder created or moved in: watch it too (its files arrive as the folder's path).
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !watchTree(path) {
                    overflow = true
                }
            }
        }
    }
    #endif
}
