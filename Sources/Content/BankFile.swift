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
        if let stem = Self.asciiStem(relativePath) { return stem }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The stem of an ASCII path, on bytes (where a byte is a character); nil for other paths.
    static func asciiStem(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            var dot: Int?
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") {
                start -= 1
                guard bytes[start] < 0x80 else { return nil }
                if dot == nil, bytes[start] == UInt8(ascii: ".") { dot = start }
            }
            if let dot, dot != start { end = dot }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// What follows the last `.` of a file name, lowercased; "" when it has no dot. Dots at the
    /// end are passed over (`a.md.` → `md`), as splitting at dots drops empty pieces.
    static func fileExtension(_ name: String) -> String {
        var name = name
        let ascii: String? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.contains(UInt8(ascii: ".")) else { return "" }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: ".") { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        }
        if let ascii { return ascii }
        return (name.contains(".") ? name.split(separator: ".").last : nil)?.lowercased() ?? ""
    }
}
