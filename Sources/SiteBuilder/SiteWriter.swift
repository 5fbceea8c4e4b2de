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

    /// Writes `files` into a fresh folder beside the output and swaps it in. A file whose bytes are
    /// the same as in the published site (by the marker's manifest) is hard-linked, not rewritten.
    /// Throws only on I/O failure; the old site then stays.
    /// `record` (a build without errors, with what it reported) is kept in the marker, so an identical next build can be skipped.
    func write(_ files: [OutputFile], record: PreviousBuild? = nil) throws {
        let output = absolute(outputFolder)
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = "\(parent)/.\(name).ny-\(pid)"
        let retired = "\(parent)/.\(name).gammal-\(pid)"
        removeLeftovers(parent: parent, name: name)
        let previous = FileTree.read(output + "/" + Self.markerName).map { OutputManifest(parsing: String(decoding: $0, as: UTF8.self)) }
        do {
            try FileTree.makeDirectory(staging)
            for folder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted() where !folder.isEmpty {
                try FileTree.makeDirectory(staging + "/" + folder)
            }
            let hashes = try parallelMap(files, parallel: files.count > 64) { file -> Result<(String, UInt64), FileTree.Failure> in
                Result { try Self.place(file, in: staging, previous: previous, published: output) }
                    .mapError { $0 as? FileTree.Failure ?? FileTree.Failure(path: file.path, code: EIO) }
            }.map { try $0.get() }
            let manifest = OutputManifest(hashes: Dictionary(hashes, uniquingKeysWith: { a, _ in a }))
            var marker = manifest.text
            if let lines = record?.lines, let header = marker.firstIndex(of: "\n") {
                marker.insert(contentsOf: lines, at: marker.index(after: header))
            }
            try FileTree.write(Array(marker.utf8), to: staging + "/" + Self.markerName)
            if FileManager.default.fileExists(atPath: output) {
                try swap(staging, output, retired: retired)
            } else {
                try FileManager.default.moveItem(atPath: staging, toPath: output)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Puts one file into the staging folder and returns its path and hash.
    private static func place(_ file: OutputFile, in staging: String, previous: OutputManifest?, published: String) throws -> (String, UInt64) {
        let bytes: [UInt8]
        switch file.body {
        case .text(let text): bytes = Array(text.utf8)
        case .copy(let source):
            guard let read = FileTree.read(source) else { throw FileTree.Failure(path: source, code: ENOENT) }
            bytes = read
        }
        let hash = OutputManifest.hash(bytes)
        let target = staging + "/" + file.path
        if previous?.hashes[file.path] == hash, FileTree.link(published + "/" + file.path, to: target) {
            return (file.path, hash)
        }
        try FileTree.write(bytes, to: target)
        return (file.path, hash)
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

    /// Folders of builds that were killed before they could clean up after themselves.
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
