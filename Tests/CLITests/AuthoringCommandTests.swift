import Foundation
import SiteTesting
import Testing

/// `init`, `new`, `check --format json` and the help texts, run through the real executable with
/// no `--themes`, as a new user in an empty folder would.
@Suite struct AuthoringCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func run(_ arguments: [String], in folder: String) throws -> Run {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kunskapsbank")
        let candidates = [executable.path, SiteTesting.repositoryRoot + "/.build/debug/kunskapsbank"]
        let path = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func initNewAndBuildFromAnEmptyFolder() throws {
        let empty = try SiteTesting.temporaryFolder()
        let created = try run(["init", "samba", "--projekt", "SAMBA"], in: empty)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("skapade en ny kunskapsbank för SAMBA i samba/"))
        let bank = empty + "/samba"
        let page = try run(["new", "metoder", "Stödsamtal i grupp"], in: bank)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("skapade content/metoder/stodsamtal-i-grupp.md"))
        let built = try run(["build"], in: bank)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("klart: "))
        #expect(!built.stderr.contains("renderar"), "no progress line when not on a terminal: \(built.stderr)")
        #expect(!built.stderr.contains("fel:"), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: bank + "/site/metoder/stodsamtal-i-grupp/index.html"))
        let html = try String(contentsOfFile: bank + "/site/metoder/stodsamtal-i-grupp/index.html", encoding: .utf8)
        #expect(!html.contains("__kunskapsbank"), "the reload script exists only in served pages")
    }

    @Test func newRefusesToOverwriteAndUnknownSectionIsUsageError() throws {
        let empty = try SiteTesting.temporaryFolder()
        _ = try run(["init", "b", "--projekt", "SAMBA"], in: empty)
        let bank = empty + "/b"
        #expect(try run(["new", "metoder", "A"], in: bank).status == 0)
        let before = try String(contentsOfFile: bank + "/content/metoder/a.md", encoding: .utf8)
        try Data((before + "Egen text.\n").utf8).write(to: URL(fileURLWithPath: bank + "/content/metoder/a.md"))
        let again = try run(["new", "metoder", "A"], in: bank)
        #expect(again.status == 1)
        #expect(again.stderr.contains("fel: content/metoder/a.md finns redan och skrivs inte över"))
        #expect(try String(contentsOfFile: bank + "/content/metoder/a.md", encoding: .utf8).hasSuffix("Egen text.\n"))
        let unknown = try run(["new", "metodr", "B"], in: bank)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("menade du \"metoder\"?"))
    }

    @Test func initRefusesANonEmptyFolderAndNeedsAProject() throws {
        let folder = try SiteTesting.temporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/fil.txt"))
        let full = try run(["init", ".", "--projekt", "SAMBA"], in: folder)
        #expect(full.status == 1)
        #expect(full.stderr.contains("finns redan och är inte tom"))
        #expect(try run(["init", "ny"], in: folder).status == 2)
        #expect(try run(["init", "ny", "--projekt", "SAMBA", "--lägg-till-projekt", "X"], in: folder).status == 2)
    }

    @Test func addProjectToAnExistingBank() throws {
        let empty = try SiteTesting.temporaryFolder()
        _ = try run(["init", "b", "--projekt", "SAMBA"], in: empty)
        let bank = empty + "/b"
        let added = try run(["init", "--lägg-till-projekt", "Nästa steg"], in: bank)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: bank + "/content/projekt/nasta-steg.md"))
        #expect(try run(["init", "--lägg-till-projekt", "Nästa steg"], in: bank).status == 1)
        #expect(try run(["build"], in: bank).status == 0)
    }

    @Test func checkJSONListsDiagnosticsForEditorsAndExitsOneOnErrors() throws {
        let empty = try SiteTesting.temporaryFolder()
        _ = try run(["init", "b", "--projekt", "SAMBA"], in: empty)
        let bank = empty + "/b"
        let clean = try run(["check", "--format", "json"], in: bank)
        #expect(clean.status == 0)
        // A new bank has no errors; its copied glossary may have pages nothing links to yet.
        let cleanEntries = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [[String: Any]])
        #expect(cleanEntries.allSatisfy { ["link.orphan", "publish.no-base-url"].contains($0["rule"] as? String ?? "") }, "\(clean.stdout)")
        try Data("---\ntitel: Trasig\nokand: 1\n---\nSe [x](saknas.md).\n".utf8)
            .write(to: URL(fileURLWithPath: bank + "/content/metoder/trasig.md"))
        let broken = try run(["check", "--format", "json"], in: bank)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("misslyckades: "), "the summary goes to standard error")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [[String: Any]])
        let link = try #require(entries.first { $0["rule"] as? String == "link.broken" } ?? entries.last)
        #expect(link["file"] as? String == "content/metoder/trasig.md")
        #expect(link["line"] as? Int == 5)
        #expect(link["column"] as? Int == 4)
        #expect(link["severity"] as? String == "error")
        #expect((link["message"] as? String)?.contains("länken saknas.md leder ingenstans") == true)
        #expect(Set(link.keys) == ["file", "line", "column", "severity", "rule", "message", "hint"])
        #expect(entries.contains { ($0["message"] as? String)?.contains("okänt fält") == true })
    }

    @Test(arguments: [
        (["serve", "--help"], "Förhandsvisar banken"),
        (["new", "--help"], "Skapar en ny sida"),
        (["init", "--help"], "Skapar en ny kunskapsbank"),
        (["check", "--help"], "redigerare"),
        (["--help"], "serve"),
    ])
    func helpIsSwedish(arguments: [String], expected: String) throws {
        let result = try run(arguments, in: try SiteTesting.temporaryFolder())
        #expect(result.status == 0)
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }

    @Test func serveOnABadAddressExitsOne() throws {
        let result = try run(["serve", "--host", "inte-en-adress", "--port", "0"], in: try SiteTesting.temporaryFolder())
        #expect(result.status == 1)
        #expect(result.stderr.contains("är ingen IPv4-adress"))
    }
}
