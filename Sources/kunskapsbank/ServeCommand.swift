import ArgumentParser
import DevServer
import Dispatch
import Foundation
import SiteBuilder

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Förhandsvisar banken i webbläsaren och bygger om när du sparar en fil.",
        discussion: """
            Bygger banken i en egen tillfällig mapp (aldrig i site/), visar den på http://127.0.0.1:8080/ \
            och laddar om öppna sidor efter varje ändring i innehållet eller temat. Fel visas överst på \
            sidan och i terminalen; förhandsvisningen fortsätter tills du trycker Ctrl+C.
            """)

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Porten att lyssna på (0 väljer en ledig port).")
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp(
        "Adressen att lyssna på. Standard är bara den här datorn; 0.0.0.0 visar förhandsvisningen för alla i nätverket.",
        valueName: "adress"))
    var host = "127.0.0.1"

    func run() async throws {
        let options = BuildOptions(
            contentFolder: source.content, themesFolder: source.themes, themeName: source.theme,
            parallel: !source.serial, writeOutput: true)
        let server = DevServer(DevServer.Configuration(build: options, host: host, port: port)) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        let running: DevServer.Running
        do {
            running = try await server.start()
        } catch {
            FileHandle.standardError.write(Data("fel: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if host != "127.0.0.1" {
            FileHandle.standardOutput.write(Data("varning: förhandsvisningen syns för andra på adressen \(host)\n".utf8))
        }
        FileHandle.standardOutput.write(Data("Förhandsvisning på \(running.url) – avsluta med Ctrl+C\n".utf8))
        _ = await Self.interruption()
        await running.stop(waitingForBuild: false)
        FileHandle.standardOutput.write(Data("förhandsvisningen avslutad\n".utf8))
    }

    /// Waits for Ctrl+C (SIGINT) or SIGTERM, so the private build folder is removed on the way out.
    static func interruption() async -> Int32 {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        var received: Int32 = 0
        for await number in signals {
            received = number
            break
        }
        for source in sources { source.cancel() }
        return received
    }
}
