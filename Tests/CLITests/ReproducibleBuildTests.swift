import Foundation
import Testing
import SiteTesting

/// The same bank gives the same bytes, whatever the order its files were created in (and so the
/// order the file system lists them in) and whichever process builds it: each build is a separate
/// run of the executable, so Swift's per-process hash seed would show any output that depends on
/// dictionary or set order. `site.zip` included.
@Suite struct ReproducibleBuildTests {
    /// Copies the DRIVE bank's `content/` into `target`, creating folders and files in sorted or
    /// in reversed order.
    static func copyBank(to target: String, reversed: Bool) throws {
        let manager = FileManager.default
        let source = SiteTesting.repositoryRoot + "/content"
        var paths = (manager.enumerator(atPath: source)?.allObjects as? [String] ?? []).sorted()
        if reversed { paths.reverse() }
        var isFolder: ObjCBool = false
        for path in paths where manager.fileExists(atPath: source + "/" + path, isDirectory: &isFolder) && isFolder.boolValue {
            try manager.createDirectory(atPath: target + "/content/" + path, withIntermediateDirectories: true)
        }
        for path in paths where manager.fileExists(atPath: source + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue {
            try manager.copyItem(atPath: source + "/" + path, toPath: target + "/content/" + path)
        }
    }

    static func tree(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? .init() {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }

    /// A fresh folder on tmpfs when there is one: tmpfs lists a folder newest first, so the two
    /// creation orders really are listed differently (ext4 lists by name hash, whatever the order).
    static func folder(onTmpfs: Bool) throws -> String {
        guard onTmpfs, FileManager.default.isWritableFile(atPath: "/dev/shm") else { return try SiteTesting.temporaryFolder() }
        let path = "/dev/shm/kunskapsbank-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func buildsOfTheSameBankInDifferentCreationOrdersAreByteIdentical() throws {
        let runner = ExitStatusTests()
        var sites: [[String: Data]] = []
        var archives: [Data] = []
        var listings: [[String]] = []
        for (run, reversed) in [(0, false), (1, true), (2, false)] {
            let folder = try Self.folder(onTmpfs: run > 0)
            defer { if folder.hasPrefix("/dev/shm/") { try? FileManager.default.removeItem(atPath: folder) } }
            try Self.copyBank(to: folder, reversed: reversed)
            listings.append(try FileManager.default.contentsOfDirectory(atPath: folder + "/content/metoder"))
            let arguments = run == 1 ? ["build", "--zip", "--serial"] : ["build", "--zip"]
            let result = try runner.run(arguments, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            sites.append(Self.tree(folder + "/site"))
            archives.append(try Data(contentsOf: URL(fileURLWithPath: folder + "/site.zip")))
        }
        if FileManager.default.isWritableFile(atPath: "/dev/shm") {
            #expect(listings[1] != listings[2], "the file system listed both creation orders alike")
        }
        #expect(sites[0].count > 150)
        for other in sites.dropFirst() {
            #expect(other.keys.sorted() == sites[0].keys.sorted())
            let differing = sites[0].keys.filter { other[$0] != sites[0][$0] }.sorted()
            #expect(differing.isEmpty, "olika filer: \(differing.prefix(10))")
        }
        #expect(archives[0].count > 100_000)
        #expect(archives.allSatisfy { $0 == archives[0] })
    }
}
