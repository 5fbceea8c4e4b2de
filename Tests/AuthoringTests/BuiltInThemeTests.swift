import DefaultTheme
import Foundation
import SiteTesting
import Testing

/// The default theme compiled into the tool is `themes/default/` byte for byte, and a bank without
/// a themes folder of its own finds it.
@Suite struct BuiltInThemeTests {
    @Test func builtInThemeMatchesTheRepositoryTheme() throws {
        let root = SiteTesting.repositoryRoot + "/themes/default"
        var onDisk: [String: Data] = [:]
        for folder in ["templates", "strings", "assets"] {
            let walker = try #require(FileManager.default.enumerator(atPath: root + "/" + folder))
            for case let path as String in walker where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root + "/" + folder + "/" + path, isDirectory: &isFolder)
                if !isFolder.boolValue { onDisk[folder + "/" + path] = FileManager.default.contents(atPath: root + "/" + folder + "/" + path) }
            }
        }
        #expect(Set(BuiltInTheme.files.keys) == Set(onDisk.keys), "stale build: touch Package.swift && swift build")
        for (path, data) in onDisk { #expect(BuiltInTheme.files[path] == data, "\(path) differs from the built-in copy") }
    }

    @Test func builtInThemeIsWrittenToAFolderTheLoaderCanRead() throws {
        let folder = try #require(BuiltInTheme.themesFolder())
        #expect(FileManager.default.fileExists(atPath: folder + "/default/templates/base.mustache"))
        #expect(FileManager.default.fileExists(atPath: folder + "/default/strings/sv.yml"))
    }
}
