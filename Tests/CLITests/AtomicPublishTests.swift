import Foundation
import Testing
import SiteTesting

/// Kills the real executable with SIGKILL at spread-out moments of a build of a larger bank and
/// checks that the output folder always holds one whole site: the old or the new, never a mix.
@Suite(.serialized) struct AtomicPublishTests {
    static let pageCount = 1_200

    func writePages(_ folder: String, version: Int) throws {
        for index in 0..<Self.pageCount {
            let text = "---\ntitel: Metod \(index)\n---\nVersion \(version) av metod \(index). Se [nästa](m\((index + 1) % Self.pageCount).md).\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/content/metoder/m\(index).md"))
        }
    }

    @Test func killedBuildLeavesAWholeSite() async throws {
        let folder = try InlineSite(ExitStatusTests.config).write()
        try FileManager.default.createDirectory(atPath: folder + "/content/metoder", withIntermediateDirectories: true)
        let cli = ExitStatusTests()

        try writePages(folder, version: 2)
        #expect(try cli.run(["build", "--output", "referens"], in: folder).status == 0)
        let newSite = SiteTesting.readTree(folder + "/referens")
        try writePages(folder, version: 1)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try cli.run(["build"], in: folder).status == 0)
        let buildTime = clock.now - start
        let oldSite = SiteTesting.readTree(folder + "/site")
        #expect(oldSite.count > Self.pageCount && oldSite != newSite)

        try writePages(folder, version: 2)
        var sawOld = 0
        var sawNew = 0
        for attempt in 0..<8 {
            let delay = buildTime * (Double(attempt) + 0.5) / 8
            let process = try cli.start(["build"], in: folder)
            try await Task.sleep(for: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = SiteTesting.readTree(folder + "/site")
            #expect(now == oldSite || now == newSite, "försök \(attempt): blandad webbplats (\(now.count) filer)")
            if now == oldSite { sawOld += 1 } else if now == newSite { sawNew += 1 }
            if now == newSite { break }
        }
        // A build that is never killed in time still has to finish with the new site.
        #expect(try cli.run(["build"], in: folder).status == 0)
        #expect(SiteTesting.readTree(folder + "/site") == newSite)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".site.") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(sawOld + sawNew > 0)
    }
}
