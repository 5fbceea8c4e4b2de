import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

@Suite struct PublishingTests {
    let good = """
        -- content/metoder/a.md --
        ---
        titel: Alfa
        ---
        Första versionen.
        """

    @Test func failedBuildLeavesPreviousSiteUntouched() async throws {
        let (first, folder) = try await bank(good).build()
        #expect(first.wroteOutput)
        let before = SiteTesting.readTree(folder + "/site")
        #expect(before["metoder/a/index.html"]?.contains("Första versionen.") == true)

        try Data("---\ntitel: Alfa\n---\nAndra versionen med [trasig länk](saknas.md).\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/content/metoder/a.md"))
        let second = await SiteBuilder.build(options(folder))
        #expect(!second.succeeded)
        #expect(!second.wroteOutput)
        #expect(SiteTesting.readTree(folder + "/site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func successfulRebuildReplacesTheSite() async throws {
        let (_, folder) = try await bank(good).build()
        try Data("---\ntitel: Alfa\n---\nAndra versionen.\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/content/metoder/a.md"))
        let second = await SiteBuilder.build(options(folder))
        #expect(second.wroteOutput)
        #expect(SiteTesting.readTree(folder + "/site")["metoder/a/index.html"]?.contains("Andra versionen.") == true)
    }

    @Test func unchangedFilesAreNotRewritten() async throws {
        let site = bank(good + "\n-- content/metoder/b.md --\n---\ntitel: Beta\n---\nOförändrad.\n")
        let (_, folder) = try await site.build()
        func inode(_ path: String) throws -> UInt64 {
            try #require(FileManager.default.attributesOfItem(atPath: folder + "/site/" + path)[.systemFileNumber] as? UInt64)
        }
        let before = (a: try inode("metoder/a/index.html"), b: try inode("metoder/b/index.html"))
        try Data("---\ntitel: Alfa\n---\nÄndrad.\n".utf8).write(to: URL(fileURLWithPath: folder + "/content/metoder/a.md"))
        let second = await SiteBuilder.build(options(folder))
        #expect(second.wroteOutput)
        #expect(try inode("metoder/b/index.html") == before.b, "en oförändrad fil ska länkas, inte skrivas om")
        #expect(try inode("metoder/a/index.html") != before.a)
        #expect(SiteTesting.readTree(folder + "/site")["metoder/a/index.html"]?.contains("Ändrad.") == true)
    }

    @Test func refusesAFolderItDidNotCreate() async throws {
        let folder = try bank(good).write()
        try FileManager.default.createDirectory(atPath: folder + "/site", withIntermediateDirectories: true)
        try Data("viktigt".utf8).write(to: URL(fileURLWithPath: folder + "/site/dokument.txt"))
        let report = await SiteBuilder.build(options(folder))
        #expect(report.diagnostics.contains { $0.rule == "output.unsafe" })
        #expect(SiteTesting.readTree(folder + "/site") == ["dokument.txt": "viktigt"])
    }

    @Test(arguments: ["content", ".", "content/site", "/"])
    func refusesOutputOverlappingContent(output: String) async throws {
        let folder = try bank(good).write()
        let target = output == "/" ? "/" : folder + "/" + output
        var options = options(folder)
        options.outputFolder = target
        let report = await SiteBuilder.build(options)
        #expect(report.diagnostics.contains { $0.rule == "output.unsafe" })
        #expect(!report.wroteOutput)
        #expect(FileManager.default.fileExists(atPath: folder + "/content/metoder/a.md"))
    }

    @Test func refusesTheThemesFolderAndTheHomeFolder() async throws {
        let folder = try bank(good).write()
        for target in [SiteTesting.defaultThemes, SiteTesting.defaultThemes + "/default", ProcessInfo.processInfo.environment["HOME"] ?? "/root"] {
            var options = options(folder)
            options.outputFolder = target
            let report = await SiteBuilder.build(options)
            #expect(report.diagnostics.contains { $0.rule == "output.unsafe" }, "\(target)")
        }
        #expect(FileManager.default.fileExists(atPath: SiteTesting.defaultThemes + "/default/templates/base.mustache"))
    }

    private func options(_ folder: String) -> BuildOptions {
        BuildOptions(contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes)
    }
}
