import Foundation
import SiteCore

/// Lists the files of the bank folder in sorted order, skipping hidden files and editor backups,
/// following symbolic links only while they stay inside the folder.
struct FolderWalker {
    let folder: String
    private let root: String
    private(set) var files: [BankFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visited: Set<String> = []

    init(folder: String) {
        self.folder = folder
        self.root = URL(fileURLWithPath: BankFile.absolute(folder)).resolvingSymlinksInPath().path
    }

    mutating func walk() {
        visited.insert(root)
        walk(directory: root, relative: "")
    }

    static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    private mutating func walk(directory: String, relative: String) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
        let displayFolder = folder == "/" ? "" : folder
        for name in names.sorted() where !Self.isSkipped(name) {
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            let display = displayFolder + "/" + relativePath
            // One lstat tells a plain file or folder (nearly all) from a link; FileManager's
            // attributes cost more than the rest of the walk.
            let type = Self.fileType(path, followingLinks: false)
            var target = path
            var isDirectory = type == .directory
            if type == .symbolicLink {
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard resolved == root || resolved.hasPrefix(root + "/") else {
                    report(display, "\(display) är en symbolisk länk som pekar utanför innehållsmappen; den följs inte",
                        hint: "kopiera in filen i stället för att länka till den")
                    continue
                }
                guard fileManager.fileExists(atPath: resolved) else {
                    report(display, "\(display) är en symbolisk länk till en fil som inte finns", hint: "ta bort länken")
                    continue
                }
                target = resolved
                guard let targetType = Self.fileType(target, followingLinks: true) else { continue }
                isDirectory = targetType == .directory
            } else if type == nil {
                continue
            }
            if isDirectory {
                let real = URL(fileURLWithPath: target).resolvingSymlinksInPath().path
                guard visited.insert(real).inserted else { continue }
                walk(directory: target, relative: relativePath)
            } else {
                files.append(BankFile(relativePath: relativePath, absolutePath: target, display: display))
            }
        }
    }

    private enum FileType {
        case directory, symbolicLink, other
    }

    /// The type of the file at `path`, nil when it does not exist (or cannot be examined).
    private static func fileType(_ path: String, followingLinks: Bool) -> FileType? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    private mutating func report(_ display: String, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(
            .error, at: SourceLocation(file: display), rule: "content.symlink", message, hint: hint))
    }
}
