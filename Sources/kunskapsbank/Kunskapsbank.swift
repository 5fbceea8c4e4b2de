import ArgumentParser
import Foundation
import SiteBuilder
import SiteCore

/// The command line: parses arguments, runs the pipeline, prints diagnostics in compiler form and
/// sets the exit status (0 clean, 1 content errors, 2 wrong usage).
@main
struct Kunskapsbank: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunskapsbank",
        abstract: "Bygger en gemensam kunskapsbank (statisk webbplats) från en mapp med Markdown.",
        subcommands: [Build.self, Check.self, Stats.self, Serve.self, New.self, Init.self],
        defaultSubcommand: Build.self)

    /// Usage errors exit with 2 (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
