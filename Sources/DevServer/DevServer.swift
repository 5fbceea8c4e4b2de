/// The `serve` command's engine: builds the bank into a private folder, serves it on the local
/// machine, watches the content and themes for changes, rebuilds, and tells open browser tabs to
/// reload. Problems of the latest build go to the terminal and, as an overlay, onto every page;
/// broken content never stops the server, and the last good site stays visible until it is fixed.
import FlyingFox
import FlyingSocks
import Foundation
import SiteBuilder
import SiteCore

public struct DevServer: Sendable {
    public struct Configuration: Sendable {
        /// What to build; `outputFolder` is ignored (the preview builds into a folder of its own).
        public var build: BuildOptions
        /// `127.0.0.1` unless the user asks for another address.
        public var host: String
        /// 0 picks a free port.
        public var port: UInt16
        /// How often the folders are looked at for changes.
        public var pollInterval: Duration
        /// How long a browser's reload request waits before asking again.
        public var longPollTimeout: Duration
        /// Learn of changes from the kernel (Linux inotify) as they happen; `false`, or where that
        /// is missing, the folders are looked at every `pollInterval`.
        public var useFolderEvents: Bool

        public init(
            build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8080,
            pollInterval: Duration = .milliseconds(200), longPollTimeout: Duration = .seconds(25), useFolderEvents: Bool = true
        ) {
            self.build = build
            self.host = host
            self.port = port
            self.pollInterval = pollInterval
            self.longPollTimeout = longPollTimeout
            self.useFolderEvents = useFolderEvents
        }
    }

    /// A running preview: its address, and how to stop it.
    public final class Running: Sendable {
        public let url: String
        public let port: UInt16
        /// The private folder the site is built into (removed by `stop`).
        public let siteFolder: String
        let server: HTTPServer
        let tasks: [Task<Void, Never>]
        let workFolder: String
        let rebuilder: SiteRebuilder
        let events: FolderEvents?

        init(
            url: String, port: UInt16, siteFolder: String, server: HTTPServer, tasks: [Task<Void, Never>], workFolder: String,
            rebuilder: SiteRebuilder, events: FolderEvents?
        ) {
            self.url = url
            self.port = port
            self.siteFolder = siteFolder
            self.server = server
            self.tasks = tasks
            self.workFolder = workFolder
            self.rebuilder = rebuilder
            self.events = events
        }

        /// Stops watching and serving and removes the private build folder. `waitingForBuild` first
        /// lets a full build that is running finish (so it writes nothing after the folder is gone);
        /// Ctrl+C does not wait, as the process ends anyway.
        public func stop(waitingForBuild: Bool = true) async {
            events?.stop()
            for task in tasks { task.cancel() }
            await server.stop(timeout: 0)
            await rebuilder.stop(waitingForBuild: waitingForBuild)
            try? FileManager.default.removeItem(atPath: workFolder)
        }
    }

    public let configuration: Configuration
    /// Where terminal lines go (diagnostics, summaries, "ändrat: …").
    public let log: @Sendable (String) -> Void

    public init(_ configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    /// Builds once, starts listening, and starts watching. Throws when the address cannot be used
    /// (port taken, bad host); content problems never throw.
    public func start() async throws -> Running {
        let address: sockaddr_in
        do {
            address = try .inet(ip4: configuration.host, port: configuration.port)
        } catch {
            throw DevServerError.badHost(configuration.host)
        }
        let workFolder = NSTemporaryDirectory() + "kunskapsbank-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        let realWork = URL(fileURLWithPath: workFolder).resolvingSymlinksInPath().path
        let siteFolder = realWork + "/site"
        var options = configuration.build
        options.outputFolder = siteFolder
        options.writeOutput = true

        let state = BuildState()
        let rebuilder = SiteRebuilder(options: options, state: state, log: log)
        // As `ContentLoader` writes the content folder, so changed paths and page sources agree.
        let folders = [options.contentFolder, options.themesFolder].map { folder in
            var folder = folder
            while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
            return folder
        }
        let watcher = ChangeWatcher(folders: folders)
        // Events first, then the look: nothing written in between goes unseen.
        let events = configuration.useFolderEvents ? FolderEvents(folders: folders) : nil
        let initial = watcher.snapshot()
        await rebuilder.buildFirst()

        let handler = SiteRequestHandler(siteRoot: siteFolder, state: state, pollTimeout: configuration.longPollTimeout)
        let timeout = Double(configuration.longPollTimeout.components.seconds) + 10
        let server = HTTPServer(address: address, timeout: timeout, logger: .disabled, handler: handler)
        let serving = Task {
            do { try await server.run() } catch {}
        }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            serving.cancel()
            events?.stop()
            try? FileManager.default.removeItem(atPath: workFolder)
            throw DevServerError.cannotListen(configuration.host, configuration.port)
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            await server.stop()
            events?.stop()
            try? FileManager.default.removeItem(atPath: workFolder)
            throw DevServerError.cannotListen(configuration.host, configuration.port)
        }

        let interval = configuration.pollInterval
        let watching = Task {
            var seen = initial
            if let events {
                for await event in events.batches {
                    let changed: [String]
                    switch event {
                    case .paths(let candidates):
                        changed = ChangeWatcher.changes(among: candidates, seen: &seen)
                    case .overflow:
                        let now = watcher.snapshot()
                        changed = ChangeWatcher.changes(from: seen, to: now)
                        seen = now
                    }
                    if !changed.isEmpty { await rebuilder.changed(changed) }
                }
                return
            }
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                var now = watcher.snapshot()
                var changed = ChangeWatcher.changes(from: seen, to: now)
                guard !changed.isEmpty else { continue }
                // Editors often write a file in several steps: wait until it stands still.
                for _ in 0..<10 {
                    try? await Task.sleep(for: .milliseconds(30))
                    let later = watcher.snapshot()
                    if later == now { break }
                    changed = Array(Set(changed).union(ChangeWatcher.changes(from: now, to: later))).sorted()
                    now = later
                }
                seen = now
                await rebuilder.changed(changed)
            }
        }
        let url = "http://\(configuration.host):\(port)/"
        return Running(
            url: url, port: port, siteFolder: siteFolder, server: server, tasks: [serving, watching], workFolder: realWork,
            rebuilder: rebuilder, events: events)
    }
}

/// Why the preview could not start.
public enum DevServerError: Error, CustomStringConvertible {
    case badHost(String)
    case cannotListen(String, UInt16)

    public var description: String {
        switch self {
        case .badHost(let host):
            "\"\(host)\" är ingen IPv4-adress; skriv till exempel --host 127.0.0.1"
        case .cannotListen(let host, let port):
            "kan inte lyssna på \(host):\(port); porten används kanske redan, välj en annan med --port"
        }
    }
}
