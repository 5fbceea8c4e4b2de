import Foundation

/// A file of the bank under its three names: inside the bank, on disk, and as shown to the user.
struct BankFile: Sendable, Hashable {
    /// `metoder/kartlaggning.md`
    var relativePath: String
    /// For reading and copying.
    var absolutePath: String
    /// `content/metoder/kartlaggning.md`, the folder as the user gave it.
    var display: String

    init(relativePath: String, absolutePath: String, display: String) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
        self.display = display
    }

    init(folder: String, relativePath: String) {
        self.relativePath = relativePath
        self.absolutePath = Self.absolute(folder) + "/" + relativePath
        self.display = folder == "/" ? "/" + relativePath : folder + "/" + relativePath
    }

    static func absolute(_ folder: String) -> String {
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The file name without its last extension (`kartlaggning`).
    var stem: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
