import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes single files of a site the tool published, for `serve`'s fast path, without the swap
/// of a full build.
public struct PublishedSite: Sendable {
    /// The output folder (as given to the build that wrote it).
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Puts each file in place by writing a temporary file beside it and renaming it over the old
    /// one: a reader sees the old page or the new one, never half of it, and a build that is
    /// staging the next site keeps the hard links it made to the old file's bytes.
    public func replace(_ files: [OutputFile]) throws {
        let pid = ProcessInfo.processInfo.processIdentifier
        for file in files {
            if case .copy = file.body { continue }
            let target = folder + "/" + file.path
            let parent = (target as NSString).deletingLastPathComponent
            try FileTree.makeDirectory(parent)
            let temporary = parent + "/.\((target as NSString).lastPathComponent).snabb-\(pid)"
            try file.withContent { try FileTree.write($0, to: temporary) }
            guard rename(temporary, target) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileTree.Failure(path: target, code: code)
            }
        }
    }

    /// Brings the folder's marker up to date with files changed by `replace`: their new hashes, so
    /// the next build does not link stale bytes, and no record of the last build's inputs, so the
    /// next build never skips itself as unchanged.
    public func recordReplaced(_ files: [OutputFile]) throws {
        let marker = folder + "/" + SiteWriter.markerName
        guard let bytes = FileTree.read(marker) else { return }
        var manifest = OutputManifest(parsing: String(decoding: bytes, as: UTF8.self))
        for file in files {
            guard let hash = file.withContent({ OutputManifest.hash($0) }) else { continue }
            manifest.hashes[file.path] = hash
        }
        let temporary = folder + "/" + SiteWriter.markerName + ".snabb-\(ProcessInfo.processInfo.processIdentifier)"
        try FileTree.write(Array(manifest.text.utf8), to: temporary)
        guard rename(temporary, marker) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileTree.Failure(path: marker, code: code)
        }
    }
}

extension SiteWriter.Staging {
    /// Replaces files already added, for `BuildOptions.lateFiles`. A new file is renamed over the
    /// old name, so a file hard-linked from the published site is never written through.
    func replace(_ files: [OutputFile]) throws {
        let site = PublishedSite(folder: folder)
        try site.replace(files)
        for file in files {
            guard let hash = file.withContent({ OutputManifest.hash($0) }) else { continue }
            hashes[file.path] = hash
        }
    }
}
