import Foundation
import SiteBuilder
import SiteTesting
import Testing

/// A build whose inputs are exactly those of the last clean build leaves the site as it is; any
/// changed input, and any build with something to report, runs in full.
struct UnchangedRebuildTests {
    /// The publishing bank with every page linked from another, so a build has nothing to report.
    private let linkedBank = publishingBank(
        baseURL: "https://www.example.se/testbank/",
        files: publishingPages
            .replacingOccurrences(of: "arbetsprövningen.", with: "arbetsprövningen, se [[Flerpartsmöte]] och [[Första fallet]].")
            .replacingOccurrences(of: "deltagaren är med.", with: "deltagaren är med, se [[Kartläggning]] och [[Andra fallet]]."))

    private func build(_ folder: String) async -> BuildReport {
        await SiteBuilder.build(BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes))
    }

    private func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? UInt64
    }

    @Test func unchangedInputsLeaveTheSiteFolderInPlace() async throws {
        let (first, folder) = try await linkedBank.build()
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics.map { $0.formatted() })")
        let before = inode(folder + "/site")
        let second = await build(folder)
        #expect(second.succeeded && second.wroteOutput)
        #expect((second.pageCount, second.fileCount) == (first.pageCount, first.fileCount))
        #expect(inode(folder + "/site") == before, "the folder was not replaced")
    }

    @Test func anEditedPageIsRebuilt() async throws {
        let (_, folder) = try await linkedBank.build()
        let page = folder + "/content/metoder/flerpartsmote.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "deltagaren är med", with: "deltagaren leder mötet")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let report = await build(folder)
        #expect(report.succeeded)
        let html = try String(contentsOfFile: folder + "/site/metoder/flerpartsmote/index.html", encoding: .utf8)
        #expect(html.contains("deltagaren leder mötet"))
    }

    @Test func aBuildWithWarningsIsSkippedAndReportsThemAgain() async throws {
        let (first, folder) = try await publishingBank().build()
        #expect(first.diagnostics.map(\.rule).contains("publish.no-base-url"))
        #expect(first.succeeded && !first.diagnostics.isEmpty)
        let before = inode(folder + "/site")
        let second = await build(folder)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.acceptedFindings == first.acceptedFindings)
        // The same summary but for the time it took (", … på 0,05 s").
        let withoutTime = { (line: String) in line.components(separatedBy: " på ").dropLast().joined(separator: " på ") }
        #expect(withoutTime(second.summaryLine()) == withoutTime(first.summaryLine()))
        #expect(withoutTime(first.summaryLine()).hasSuffix("5 varningar"))
        #expect(inode(folder + "/site") == before, "the folder was not replaced")
    }

}
