/// The default theme as compiled into the tool (`themes/default/` of the repository at build time),
/// so that a bank in any folder builds without a copy of it. The theme loader reads themes from
/// folders, so the files are written once per tool version into a cache folder and read from there.
import Foundation

public enum BuiltInTheme {
    /// Every file of the built-in theme (`templates/base.mustache` …) with its bytes.
    public static let files: [String: Data] = embeddedFiles.compactMapValues { Data(base64Encoded: $0) }

    /// A themes folder holding the built-in theme as `<folder>/default/`, or nil when no cache or
    /// temporary folder could be written. The folder is named after a hash of the files, so tools
    /// of different versions never share one, and it is written under a temporary name and renamed
    /// into place, so a reader never sees a half-written theme.
    public static func themesFolder() -> String? {
        cachedFolder.value
    }

    /// The folders the built-in theme may be cached in (`~/.cache/kunskapsbank` …), whether or not
    /// they exist yet: no build may use one as its output.
    public static var cacheFolders: [String] { cacheRoots() }

    private static let cachedFolder = CachedFolder(candidates: cacheRoots().map { $0 + "/tema-" + fingerprint })

    private static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in files.keys.sorted() {
            for byte in Array(path.utf8) + [0] + Array(files[path] ?? Data()) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    private static func cacheRoots() -> [String] {
        let environment = ProcessInfo.processInfo.environment
        var roots: [String] = []
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { roots.append(xdg + "/kunskapsbank") }
        if let home = environment["HOME"], home.hasPrefix("/") { roots.append(home + "/.cache/kunskapsbank") }
        roots.append(NSTemporaryDirectory() + "kunskapsbank-" + String(getuid()))
        return roots
    }

    /// Writes the theme into the first candidate folder that works, once per process.
    private final class CachedFolder: Sendable {
        let value: String?

        init(candidates: [String]) {
            value = candidates.lazy.compactMap { Self.materialise(at: $0) }.first
        }

        private static func materialise(at folder: String) -> String? {
            let manager = FileManager.default
            let complete = folder + "/default/templates"
            if manager.fileExists(atPath: complete) { return folder }
            let parent = (folder as NSString).deletingLastPathComponent
            let staging = parent + "/.ny-" + UUID().uuidString
            do {
                for (path, data) in BuiltInTheme.files {
                    let target = staging + "/default/" + path
                    try manager.createDirectory(
                        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try data.write(to: URL(fileURLWithPath: target))
                }
                try manager.moveItem(atPath: staging, toPath: folder)
            } catch {
                try? manager.removeItem(atPath: staging)
                // Another process may have won the race; its folder is as good as ours.
                return manager.fileExists(atPath: complete) ? folder : nil
            }
            return folder
        }
    }
}
