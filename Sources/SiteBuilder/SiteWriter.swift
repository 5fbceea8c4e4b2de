import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SiteCore
import Theme

/// The last stage: writes the whole site into a fresh folder beside the output folder, then swaps it
/// in, so readers and a failed build never see a half-written site. Refuses output folders that would
/// destroy something the tool did not make.
struct SiteWriter {
    /// Present in every folder the tool wrote; a non-empty folder without it is never replaced.
    static let markerName = ".kunskapsbank-webbplats"

    let outputFolder: String
    let contentFolder: String
    var themesFolder: String? = nil

    /// The output folder as an absolute path with symbolic links resolved.
    var publishedPath: String { absolute(outputFolder) }

    /// Why the output folder may not be used, or nil when it may.
    func refusal() -> Diagnostic? {
        let output = absolute(outputFolder)
        let content = absolute(contentFolder)
        let location = SourceLocation(file: outputFolder)
        if output == "/" || output.isEmpty {
            return Diagnostic(.error, at: location, rule: "output.unsafe", "utmappen får inte vara filsystemets rot")
        }
        if let home = ProcessInfo.processInfo.environment["HOME"].map(absolute), output == home {
            return Diagnostic(.error, at: location, rule: "output.unsafe", "utmappen får inte vara hemmappen",
                hint: "välj en egen mapp för webbplatsen, till exempel --output site")
        }
        let protected = [(content, contentFolder, "innehållsmappen")] + (themesFolder.map { [(absolute($0), $0, "temamappen")] } ?? [])
            + ThemeLoader.builtInThemeCacheFolders.map { (absolute($0), $0, "mappen för det inbyggda temat") }
        for (folder, shown, what) in protected where output == folder || folder.hasPrefix(output + "/") || output.hasPrefix(folder + "/") {
            return Diagnostic(
                .error, at: location, rule: "output.unsafe",
                "utmappen \(outputFolder) överlappar \(what) \(shown)",
                hint: "välj en annan utmapp, till exempel --output site")
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return Diagnostic(.error, at: location, rule: "output.unsafe", "utmappen \(outputFolder) är en fil, inte en mapp")
            }
            let entries = (try? manager.contentsOfDirectory(atPath: output)) ?? []
            if !entries.isEmpty, !entries.contains(Self.markerName) {
                return Diagnostic(
                    .error, at: location, rule: "output.unsafe",
                    "utmappen \(outputFolder) innehåller filer som kunskapsbank inte har skapat",
                    hint: "töm mappen eller välj en annan utmapp; verktyget skriver aldrig över andras filer")
            }
        }
        return nil
    }

    /// Starts a new site in a fresh folder beside the output folder, invisible to readers until
    /// `commit` swaps it in. Files are added while the stages make them, so a big bank's pages never
    /// sit in memory all at once.
    func begin() throws -> Staging {
        let output = absolute(outputFolder)
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        removeLeftovers(parent: parent, name: name)
        let previous = FileTree.read(output + "/" + Self.markerName).map { OutputManifest(parsing: String(decoding: $0, as: UTF8.self)) }
        let staging = Staging(
            folder: "\(parent)/.\(name).ny-\(pid)", retired: "\(parent)/.\(name).gammal-\(pid)", published: output,
            previous: previous)
        try FileTree.makeDirectory(staging.folder)
        return staging
    }

    /// Writes the marker (the manifest, and `record` — a build without errors, with what it reported —
    /// so an identical next build can be skipped) and swaps the staging folder in.
    func commit(_ staging: Staging, record: PreviousBuild?) throws {
        let manifest = OutputManifest(hashes: staging.hashes)
        var marker = manifest.text
        if let lines = record?.lines, let header = marker.firstIndex(of: "\n") {
            marker.insert(contentsOf: lines, at: marker.index(after: header))
        }
        try FileTree.write(Array(marker.utf8), to: staging.folder + "/" + Self.markerName)
        if FileManager.default.fileExists(atPath: staging.published) {
            try swap(staging.folder, staging.published, retired: staging.retired)
        } else {
            try FileManager.default.moveItem(atPath: staging.folder, toPath: staging.published)
        }
    }

    /// Removes a staging folder that will not be published (a build with errors, or one that failed).
    func discard(_ staging: Staging) {
        try? FileManager.default.removeItem(atPath: staging.folder)
    }

    /// A site being written beside the published one: its folder, and the hash of every file added.
    final class Staging {
        let folder: String
        let retired: String
        let published: String
        let previous: OutputManifest?
        var hashes: [String: UInt64] = [:]
        private var folders: Set<String> = [""]

        init(folder: String, retired: String, published: String, previous: OutputManifest?) {
            self.folder = folder
            self.retired = retired
            self.published = published
            self.previous = previous
        }

        /// Writes `files` into the staging folder (in parallel when asked). A file whose bytes are the
        /// same as in the published site (by the marker's manifest) is hard-linked, not rewritten.
        func add(_ files: [OutputFile], parallel: Bool) throws {
            for file in files {
                let parent = (file.path as NSString).deletingLastPathComponent
                if folders.insert(parent).inserted { try FileTree.makeDirectory(folder + "/" + parent) }
            }
            let target = folder, previous = previous, published = published
            let placed = parallelMap(files, parallel: parallel) { file -> Result<(String, UInt64), FileTree.Failure> in
                Result { try Self.place(file, in: target, previous: previous, published: published) }
                    .mapError { $0 as? FileTree.Failure ?? FileTree.Failure(path: file.path, code: EIO) }
            }
            for result in placed {
                let (path, hash) = try result.get()
                if hashes[path] == nil { hashes[path] = hash }
            }
        }

        /// Puts one file into the staging folder and returns its path and hash.
        private static func place(_ file: OutputFile, in staging: String, previous: OutputManifest?, published: String) throws -> (String, UInt64) {
            let target = staging + "/" + file.path
            switch file.body {
            case .text(var text):
                return try text.withUTF8 { try put($0, path: file.path, target: target, previous: previous, published: published) }
            case .bytes(let bytes):
                return try bytes.withUnsafeBufferPointer { try put($0, path: file.path, target: target, previous: previous, published: published) }
            case .copy(let source):
                guard let read = FileTree.read(source) else { throw FileTree.Failure(path: source, code: ENOENT) }
                return try read.withUnsafeBufferPointer { try put($0, path: file.path, target: target, previous: previous, published: published) }
            }
        }

        private static func put(
            _ buffer: UnsafeBufferPointer<UInt8>, path: String, target: String, previous: OutputManifest?, published: String
        ) throws -> (String, UInt64) {
            let hash = OutputManifest.hash(buffer)
            if previous?.hashes[path] == hash, FileTree.link(published + "/" + path, to: target) {
                return (path, hash)
            }
            try FileTree.write(buffer, to: target)
            return (path, hash)
        }
    }

    /// Replaces `output` by `staging` in one step where the kernel can (Linux `renameat2` with
    /// `RENAME_EXCHANGE`), so a reader or a killed build sees either the whole old site or the whole
    /// new one. Elsewhere two renames, with a moment in which the folder is missing.
    private func swap(_ staging: String, _ output: String, retired: String) throws {
        let manager = FileManager.default
        if let exchange = Self.renameExchange(), exchange(AT_FDCWD, staging, AT_FDCWD, output, Self.renameExchangeFlag) == 0 {
            try? manager.removeItem(atPath: staging)  // now holds the old site
            return
        }
        try manager.moveItem(atPath: output, toPath: retired)
        try manager.moveItem(atPath: staging, toPath: output)
        try? manager.removeItem(atPath: retired)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>

    /// glibc's `renameat2`, looked up at run time because Swift's Glibc module does not declare it.
    private static func renameExchange() -> RenameAt2? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }

    /// Removes the folders of builds that were killed before they could clean up after
    /// themselves; also when this build is skipped because nothing changed.
    func removeLeftovers() {
        let output = absolute(outputFolder)
        removeLeftovers(parent: (output as NSString).deletingLastPathComponent, name: (output as NSString).lastPathComponent)
    }

    private func removeLeftovers(parent: String, name: String) {
        let manager = FileManager.default
        for entry in (try? manager.contentsOfDirectory(atPath: parent)) ?? []
        where entry.hasPrefix(".\(name).ny-") || entry.hasPrefix(".\(name).gammal-") {
            try? manager.removeItem(atPath: parent + "/" + entry)
        }
    }

    private func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
