import DevServer
import Foundation
import SiteBuilder
import SiteTesting
import Testing

/// `kunskapsbank serve` as a browser sees it: pages with the reload script, the reload signal after
/// a change, the problem overlay, and nothing outside the site.
@Suite struct ServeTests {
    static let bank = """
        \(SiteTesting.methodsConfig)
        -- content/metoder/a.md --
        ---
        titel: Alfa
        ---
        Första versionen.
        -- hemligt.txt --
        HEMLIGT-INNEHÅLL
        """

    /// A preview of a fresh copy of `bank` on a free port, stopped when `body` returns.
    func withServer(_ text: String = bank, _ body: (String, DevServer.Running, RawHTTP) async throws -> Void) async throws {
        let folder = try InlineSite(text).write()
        let options = BuildOptions(contentFolder: folder + "/content", themesFolder: SiteTesting.defaultThemes)
        let configuration = DevServer.Configuration(
            build: options, port: 0, pollInterval: .milliseconds(50), longPollTimeout: .seconds(2))
        let running = try await DevServer(configuration, log: { _ in }).start()
        do {
            try await body(folder, running, RawHTTP(port: running.port))
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    func version(_ http: RawHTTP) async throws -> Int {
        let status = try await http.get("/__kunskapsbank/status.json")
        let object = try JSONSerialization.jsonObject(with: Data(status.body.utf8)) as? [String: Any]
        return try #require(object?["version"] as? Int)
    }

    /// Writes `text` to the page and waits for the long-poll to report a new build; returns the
    /// seconds from the write to the signal.
    func edit(_ file: String, _ text: String, http: RawHTTP) async throws -> Double {
        let before = try await version(http)
        try await Task.sleep(for: .milliseconds(20))
        let start = Date()
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let answer = try await http.get("/__kunskapsbank/vanta?version=\(before)")
            // The fast path and the full build behind it may both have signalled by now.
            let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
            if let version = object?["version"] as? Int, version > before { return Date().timeIntervalSince(start) }
        }
        Issue.record("no reload signal within 10 s")
        return .infinity
    }

    @Test func servedPageCarriesReloadScriptButBuiltSiteDoesNot() async throws {
        try await withServer { _, running, http in
            let page = try await http.get("/metoder/a/")
            #expect(page.status == 200)
            #expect(page.body.contains("<script src=\"/__kunskapsbank/reload.js\" data-version=\"1\" defer></script>"))
            #expect(page.headers["cache-control"] == "no-store")
            let onDisk = try String(contentsOfFile: running.siteFolder + "/metoder/a/index.html", encoding: .utf8)
            #expect(!onDisk.contains("__kunskapsbank"))
            let script = try await http.get("/__kunskapsbank/reload.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"]?.hasPrefix("text/javascript") == true)
            #expect(script.body.contains("location.reload"))
        }
    }

    @Test func changeRebuildsAndSignalsReload() async throws {
        try await withServer { folder, _, http in
            let seconds = try await edit(
                folder + "/content/metoder/a.md", "---\ntitel: Alfa\n---\nAndra versionen.\n", http: http)
            // A generous bound: the point is that a reload signal comes, not how fast on a loaded machine.
            #expect(seconds < 20, "edit to reload signal took \(seconds) s")
            let page = try await http.get("/metoder/a/")
            #expect(page.body.contains("Andra versionen."))
            // 2 from the fast path, 3 once the full build behind it is done.
            #expect(page.body.contains("data-version=\"2\"") || page.body.contains("data-version=\"3\""))
        }
    }

    @Test func brokenContentShowsOverlayAndFixingRemovesIt() async throws {
        try await withServer { folder, _, http in
            let file = folder + "/content/metoder/a.md"
            _ = try await edit(file, "---\ntitel: Alfa\n---\nSe [borta](borta.md).\n", http: http)
            let broken = try await http.get("/metoder/a/")
            #expect(broken.status == 200)
            #expect(broken.body.contains("class=\"kb-dev-overlay\""))
            #expect(broken.body.contains("metoder/a.md:4:4</span>"))
            #expect(broken.body.contains("länken borta.md leder ingenstans"))
            // The last good site stays visible under the overlay.
            #expect(broken.body.contains("Första versionen."))

            _ = try await edit(file, "---\ntitel: Alfa\n---\nRättad.\n", http: http)
            let fixed = try await http.get("/metoder/a/")
            #expect(!fixed.body.contains("kb-dev-overlay\""))
            #expect(fixed.body.contains("Rättad."))
        }
    }

    @Test func bankThatNeverBuiltServesErrorPageUntilFixed() async throws {
        let broken = Self.bank.replacingOccurrences(of: "Första versionen.", with: "[x](saknas.md)")
        try await withServer(broken) { folder, _, http in
            let page = try await http.get("/metoder/a/")
            #expect(page.status == 503)
            #expect(page.body.contains("Webbplatsen kunde inte byggas"))
            #expect(page.body.contains("reload.js"))
            _ = try await edit(folder + "/content/metoder/a.md", "---\ntitel: Alfa\n---\nNu går det.\n", http: http)
            let fixed = try await http.get("/metoder/a/")
            #expect(fixed.status == 200)
            #expect(fixed.body.contains("Nu går det."))
        }
    }

    @Test(arguments: [
        "/../hemligt.txt", "/../../../../etc/passwd", "/%2e%2e/hemligt.txt", "/%2E%2E/%2e%2e/etc/passwd",
        "/metoder/..%2f..%2fhemligt.txt", "/metoder/%2e%2e/%2e%2e/hemligt.txt", "/..%5c..%5chemligt.txt",
        "/.kunskapsbank-webbplats", "/metoder/a/%00index.html", "/ut/hemligt.txt", "/ut",
    ])
    func pathsOutsideTheSiteAreRefused(target: String) async throws {
        try await withServer { folder, running, http in
            // A symbolic link inside the served folder that points out of it.
            try FileManager.default.createSymbolicLink(atPath: running.siteFolder + "/ut", withDestinationPath: folder)
            let answer = try await http.get(target)
            #expect([403, 404].contains(answer.status), "\(target) gave \(answer.status)")
            #expect(!answer.body.contains("HEMLIGT"))
            #expect(!answer.body.contains("root:"))
        }
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
    func onlyGetAndHeadAreAnswered(method: String) async throws {
        try await withServer { _, _, http in
            let answer = try await http.send(method, "/metoder/a/")
            #expect(answer.status == 405)
            #expect(answer.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func headAnswersWithLengthAndNoBody() async throws {
        try await withServer { _, _, http in
            let get = try await http.get("/metoder/a/")
            let head = try await http.send("HEAD", "/metoder/a/")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == String(get.body.utf8.count))
        }
    }

    @Test func folderWithoutSlashRedirectsAndUnknownPathGets404() async throws {
        try await withServer { _, _, http in
            let folder = try await http.get("/metoder")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/metoder/")
            let missing = try await http.get("/finns-inte/")
            #expect(missing.status == 404)
        }
    }
}
