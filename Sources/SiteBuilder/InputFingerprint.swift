import Foundation
import SiteCore
#if canImport(Glibc)
import Glibc
#endif

/// One hash over everything a build reads: every file of the content folder and the themes folder
/// (path and bytes), a protected-words list named on the command line or in `kunskapsbank.yml`,
/// the options that change the output, and the tool itself (size and modification time of the
/// running executable). When it equals the hash the last successful build stored in the output
/// folder's marker, the site on disk is already what this build would write, and `build` skips
/// every stage, reporting the warnings that build stored.
struct InputFingerprint {
    let value: UInt64
    /// The bytes of the bank's Markdown files as hashed here, by their path inside the content
    /// folder, for the loader (`PrereadFiles`).
    var pages: [String: [UInt8]]

    /// Nil when some input cannot be read (then the build simply runs).
    static func compute(_ options: BuildOptions) -> InputFingerprint? {
        var parts: [String] = [
            "kunskapsbank-indata 1", options.contentFolder, options.themesFolder, options.themeName ?? "-",
            options.protectedWordsFile ?? "-", executableStamp(),
        ]
        var files: [String] = []
        guard collect(options.contentFolder, into: &files) else { return nil }
        // No themes folder (the built-in theme, part of the executable) is an input like any other.
        if FileManager.default.fileExists(atPath: options.themesFolder) {
            guard collect(options.themesFolder, into: &files) else { return nil }
        } else {
            parts.append("inga teman")
        }
        if let list = options.protectedWordsFile { files.append(list) }
        files += configuredLists(options.contentFolder)
        files.sort()
        let contentPrefix = options.contentFolder.hasSuffix("/") ? options.contentFolder : options.contentFolder + "/"
        let read = parallelMap(files, parallel: files.count > 64) { path -> (hash: UInt64?, page: [UInt8]?) in
            guard let bytes = FileTree.read(path) else { return (nil, nil) }
            return (OutputManifest.hash(bytes), path.hasSuffix(".md") && path.hasPrefix(contentPrefix) ? bytes : nil)
        }
        var pages: [String: [UInt8]] = [:]
        pages.reserveCapacity(read.count)
        for (path, file) in zip(files, read) {
            parts.append(path + " " + (file.hash.map { String($0, radix: 16) } ?? "saknas"))
            if let page = file.page { pages[String(path.dropFirst(contentPrefix.count))] = page }
        }
        return InputFingerprint(value: OutputManifest.hash(parts.joined(separator: "\n").utf8), pages: pages)
    }

    /// Every regular file under `folder` (symbolic links followed), appended to `files`; false
    /// when the folder cannot be read or nests deeper than any bank does (a symbolic link that
    /// points back up would otherwise recurse for ever).
    private static func collect(_ folder: String, into files: inout [String], depth: Int = 0) -> Bool {
        guard depth < 40, let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        var ok = true
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                var info = stat()
                guard stat(path, &info) == 0 else { files.append(path); continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
            }
            if type == Int32(DT_DIR) {
                ok = collect(path, into: &files, depth: depth + 1) && ok
            } else {
                files.append(path)
            }
        }
        return ok
    }

    /// Files that `skyddade-ord:` lines of `kunskapsbank.yml` name (they lie outside the bank).
    private static func configuredLists(_ contentFolder: String) -> [String] {
        guard let bytes = FileTree.read(contentFolder + "/kunskapsbank.yml") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("skyddade-ord:") else { return nil }
            var value = trimmed.dropFirst("skyddade-ord:".count).trimmingCharacters(in: .whitespaces)
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !value.isEmpty else { return nil }
            return value.hasPrefix("/") ? value : contentFolder + "/" + value
        }
    }

    /// Size and modification time of the running executable: a rebuilt tool never reuses a site.
    private static func executableStamp() -> String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "verktyg-okänt-\(ProcessInfo.processInfo.processIdentifier)" }
        return "verktyg \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}

/// What the marker of the last successful build says about it: the input fingerprint and what the
/// build reported, on the manifest's second line (`indata <hex> <pages> <files>`), and the warnings
/// and accepted privacy findings it reported, on the third when there were any (`rapport {…}`).
/// Older markers lack them, and manifest readers skip them.
struct PreviousBuild: Equatable {
    static let prefix = "indata "

    var fingerprint: UInt64
    var pageCount: Int
    var fileCount: Int
    var report = PreviousBuildReport(diagnostics: [], accepted: [])

    var line: String { Self.prefix + String(fingerprint, radix: 16) + " \(pageCount) \(fileCount)" }

    /// The lines the marker keeps after its header; nil when the report cannot be stored (the next
    /// build then runs in full).
    var lines: String? {
        if report.isEmpty { return line + "\n" }
        return report.line.map { line + "\n" + $0 + "\n" }
    }

    init(fingerprint: UInt64, pageCount: Int, fileCount: Int, report: PreviousBuildReport = PreviousBuildReport(diagnostics: [], accepted: [])) {
        self.fingerprint = fingerprint
        self.pageCount = pageCount
        self.fileCount = fileCount
        self.report = report
    }

    init?(marker text: String) {
        let lines = text.split(separator: "\n").dropFirst()
        guard let line = lines.first, line.hasPrefix(Self.prefix) else { return nil }
        let fields = line.dropFirst(Self.prefix.count).split(separator: " ")
        guard fields.count == 3, let fingerprint = UInt64(fields[0], radix: 16), let pages = Int(fields[1]), let files = Int(fields[2])
        else { return nil }
        var report = PreviousBuildReport(diagnostics: [], accepted: [])
        if let third = lines.dropFirst().first, third.hasPrefix(PreviousBuildReport.prefix) {
            // A report that no longer reads would silently drop warnings: run the build instead.
            guard let stored = PreviousBuildReport(line: third) else { return nil }
            report = stored
        }
        self.init(fingerprint: fingerprint, pageCount: pages, fileCount: files, report: report)
    }

    /// The previous build of `output` if its marker records one and every file of its manifest
    /// is still there.
    static func read(output: String) -> PreviousBuild? {
        guard let bytes = FileTree.read(output + "/" + SiteWriter.markerName) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let previous = PreviousBuild(marker: text) else { return nil }
        let manifest = OutputManifest(parsing: text)
        var info = stat()
        for path in manifest.hashes.keys where stat(output + "/" + path, &info) != 0 { return nil }
        return previous
    }
}
