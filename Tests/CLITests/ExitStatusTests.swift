import Foundation
import Testing
import SiteTesting

/// Runs the real `kunskapsbank` executable, as a user or a script would.
@Suite struct ExitStatusTests {
    static let config = """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          beskrivning: Tester.
          organisation: Testkommunen
          sprak: sv
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
        """

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Starts the executable in `folder` without waiting; its output is discarded.
    func start(_ arguments: [String], in folder: String) throws -> Process {
        let process = try makeProcess(arguments, in: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func makeProcess(_ arguments: [String], in folder: String) throws -> Process {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kunskapsbank")
        let candidates = [executable.path, SiteTesting.repositoryRoot + "/.build/debug/kunskapsbank"]
        let path = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + ["--themes", SiteTesting.defaultThemes]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        return process
    }

    func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = try makeProcess(arguments, in: folder)
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

    @Test func cleanBuildExitsZeroAndWritesTheSite() throws {
        let folder = try InlineSite(Self.config + "\n-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nText.\n").write()
        let result = try run(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("klart:"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/metoder/a/index.html"))
    }

    @Test func contentErrorExitsOneWithCompilerStyleDiagnostic() throws {
        let folder = try InlineSite(Self.config + "\n-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nSe [x](saknas.md).\n").write()
        let result = try run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/metoder/a.md:4:4: fel: länken leder ingenstans"), "\(result.stderr)")
        #expect(result.stderr.contains("Se [x](saknas.md)."))
        #expect(result.stdout.contains("misslyckades: "))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }

    @Test func checkWritesNothing() throws {
        let folder = try InlineSite(Self.config + "\n-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nText.\n").write()
        let result = try run(["check"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }

    @Test(arguments: [["build", "--okand-flagga"], ["bygg-fel-kommando"]])
    func wrongUsageExitsTwo(arguments: [String]) throws {
        let folder = try InlineSite(Self.config).write()
        let result = try run(arguments, in: folder)
        #expect(result.status == 2, "\(result.stderr)")
    }
}
