import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small bank written inline, as Hugo's integration tests do:
///
///     -- content/kunskapsbank.yml --
///     webbplats: …
///     -- content/metoder/a.md --
///     ---
///     titel: A
///     ---
///
/// `write()` lays it out in a fresh temporary folder; `SiteTesting.repositoryRoot` points at this
/// repository so tests can use the real default theme.
public struct InlineSite: Sendable {
    public let files: [(path: String, text: String)]

    public init(_ text: String) {
        var files: [(String, String)] = []
        var currentPath: String?
        var lines: [Substring] = []
        func flush() {
            if let currentPath { files.append((currentPath, lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                currentPath = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if currentPath != nil {
                lines.append(line)
            }
        }
        flush()
        self.files = files.map { (path: $0.0, text: $0.1) }
    }

    /// Writes the files below a new temporary folder and returns its path.
    public func write() throws -> String {
        let folder = try SiteTesting.temporaryFolder()
        for (path, text) in files {
            let target = folder + "/" + path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        }
        return folder
    }
}

public enum SiteTesting {
    /// The repository this package lives in (found from this file's path).
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var defaultThemes: String { repositoryRoot + "/themes" }

    /// A fresh folder for one test, inside the test run's own folder, which is removed when the
    /// test process exits (a run makes a few hundred of them).
    public static func temporaryFolder() throws -> String {
        let path = runFolder + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// `kunskapsbank-test-<pid>` in the system's temporary folder. Made on first use, after removing
    /// the folders of earlier runs whose process is gone (killed before its exit handler ran).
    private static let runFolder: String = {
        let temporary = NSTemporaryDirectory()
        let prefix = "kunskapsbank-test-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: temporary + entry)
        }
        atexit { SiteTesting.removeRunFolder() }
        return temporary + prefix + String(getpid())
    }()

    private static func removeRunFolder() {
        try? FileManager.default.removeItem(atPath: runFolder)
    }

    /// Every file below `folder` with its text, keyed by relative path (for assertions and golden trees).
    public static func readTree(_ folder: String) -> [String: String] {
        var tree: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return tree }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: full)
            {
                tree[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return tree
    }
}

extension SiteTesting {
    /// The smallest configuration most inline banks start from: one section, `metoder`, whose
    /// pages need only a title. Put it first in an `InlineSite` text, then the pages.
    public static let methodsConfig = """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          sprak: sv
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
        """
}

/// A deterministic generator (SplitMix64) for tests that compare two implementations on
/// pseudo-random input: the same inputs on every run.
public struct SeededGenerator: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
