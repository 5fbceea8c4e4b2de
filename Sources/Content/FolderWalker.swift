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
        for name in names.sorted() where !Self.isSkipped(name) {
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            let file = BankFile(folder: folder, relativePath: relativePath)
            let type = (try? fileManager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            var target = path
            if type == .typeSymbolicLink {
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard resolved == root || resolved.hasPrefix(root + "/") else {
                    report(file, "\(file.display) är en symbolisk länk som pekar utanför innehållsmappen; den följs inte",
                        hint: "kopiera in filen i stället för att länka till den")
                    continue
                }
                guard fileManager.fileExists(atPath: resolved) else {
                    report(file, "\(file.display) är en symbolisk länk till en fil som inte finns", hint: "ta bort länken")
                    continue
                }
                target = resolved
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: target, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let real = URL(fileURLWithPath: target).resolvingSymlinksInPath().path
                guard visited.insert(real).inserted else { continue }
                walk(directory: target, relative: relativePath)
            } else {
                files.append(BankFile(relativePath: relativePath, absolutePath: target, display: file.display))
            }
        }
    }

    private mutating func report(_ file: BankFile, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(
            .error, at: SourceLocation(file: file.display), rule: "content.symlink", message, hint: hint))
    }
}
