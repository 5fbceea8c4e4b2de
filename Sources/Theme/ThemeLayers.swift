import Foundation

/// The folders a theme is read from, most specific first: `themes/<name>/`, then `themes/default/`.
/// A file in an earlier layer hides the file with the same relative path in a later one.
struct ThemeLayers: Sendable {
    /// Theme folder paths as the user gave them (`themes/samba`, `themes/default`).
    let folders: [String]

    /// The winning file for each relative path below `subfolder`, keyed by relative path.
    func files(in subfolder: String, withExtension fileExtension: String? = nil) -> [String: String] {
        var found: [String: String] = [:]
        for folder in folders.reversed() {
            for relativePath in Self.listFiles(under: folder + "/" + subfolder) {
                if let fileExtension, !relativePath.hasSuffix("." + fileExtension) { continue }
                found[relativePath] = folder + "/" + subfolder + "/" + relativePath
            }
        }
        return found
    }

    /// Every file below `folder`, recursively, as sorted `/`-separated relative paths; hidden files
    /// and folders (`.DS_Store`, `.git`) are skipped.
    static func listFiles(under folder: String) -> [String] {
        let fileManager = FileManager()
        guard let enumerator = fileManager.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        for case let path as String in enumerator {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if isDirectory(folder + "/" + path) { continue }
            paths.append(path)
        }
        return paths.sorted()
    }

    /// The names of the folders directly inside `folder`, sorted; hidden ones skipped.
    static func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager().contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && isDirectory(folder + "/" + $0) }.sorted()
    }

    static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager().fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func readText(_ path: String) -> String? {
        guard let data = FileManager().contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
