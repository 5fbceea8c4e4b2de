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
        guard let entries = Self.entries(of: directory) else { return }
        let displayFolder = folder == "/" ? "" : folder
        for (name, knownType) in entries where !Self.isSkipped(name) {
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            let display = displayFolder + "/" + relativePath
            // The folder listing tells a plain file or folder (nearly all) from a link; one lstat
            // where it does not. FileManager's attributes cost more than the rest of the walk.
            let type = knownType ?? Self.fileType(path, followingLinks: false)
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

    /// The names in `directory`, sorted, with their types where the listing gives them (`d_type`;
    /// some file systems leave it unknown). One `readdir` pass instead of FileManager's listing
    /// and an lstat per file; a name that is not UTF-8 leaves the folder to FileManager.
    private static func entries(of directory: String) -> [(name: String, type: FileType?)]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, type: FileType?)] = []
        while let entry = readdir(stream) {
            let decoded: String? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(validatingCString: $0)
                }
            }
            guard let name = decoded else { return namesFromFileManager(directory) }
            if name == "." || name == ".." { continue }
            let type: FileType? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): .directory
            case Int32(DT_LNK): .symbolicLink
            case Int32(DT_REG): .other
            default: nil
            }
            entries.append((name, type))
        }
        entries.sort { $0.name < $1.name }
        return entries
    }

    private static func namesFromFileManager(_ directory: String) -> [(name: String, type: FileType?)]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        return names.sorted().map { ($0, nil) }
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
