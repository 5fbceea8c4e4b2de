import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// `Tests/Fixtures/hostile/content` puts `<script>`, `"><img onerror=…>`, `javascript:` and `data:`
/// URLs everywhere content reaches the site: titles, summaries, front-matter values, choice labels
/// and list items, headings, link texts, wiki-link labels, tables (inline and CSV), alt texts, file
/// names, statistics labels, the accessibility statement. The built site must contain no executable
/// markup: only the theme's own `<script src>`, no event attributes, no script URLs, and search
/// data that is data. `Tests/Browser/check_hostile.py` loads the same build in Chromium.
@Suite struct ScriptInjectionTests {
    static let fixture = SiteTesting.repositoryRoot + "/Tests/Fixtures/hostile/content"

    /// Builds the hostile bank once per test into its own folder.
    static func build() async throws -> (report: BuildReport, site: String) {
        let site = try SiteTesting.temporaryFolder() + "/site"
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: fixture, outputFolder: site, themesFolder: SiteTesting.defaultThemes))
        return (report, site)
    }

    static func files(in site: String, extensions: Set<String>) throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: site)
        var found: [(String, String)] = []
        while let path = enumerator?.nextObject() as? String {
            guard extensions.contains((path as NSString).pathExtension) else { continue }
            found.append((path, try String(contentsOfFile: site + "/" + path, encoding: .utf8)))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    @Test func hostileBankBuildsWithWarningsOnly() async throws {
        let (report, _) = try await Self.build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.wroteOutput)
        let unsafe = report.diagnostics.filter { $0.rule == "link.unsafe-url" }.map(\.location.line)
        #expect(unsafe == [20, 21, 22, 23, 24, 25, 27, 28, 29])
    }

    @Test func builtPagesContainNoExecutableMarkup() async throws {
        let (_, site) = try await Self.build()
        let pages = try Self.files(in: site, extensions: ["html", "xml", "svg"])
        #expect(pages.count > 20)
        for page in pages {
            for problem in MarkupAudit.problems(in: page.text) {
                Issue.record("\(page.path): \(problem)")
            }
        }
    }

    @Test func unsafeLinksKeepTheirTextAndImagesTheirAltText() async throws {
        let (_, site) = try await Self.build()
        let html = try String(contentsOfFile: site + "/metoder/skript/index.html", encoding: .utf8)
        #expect(html.contains("<p>javascript-länk\nstora bokstäver\nentitet\ndata-länk\nvbscript\n"))
        #expect(html.contains("svg\njs-bild"))
        #expect(!html.contains("href=\"\""))
        #expect(!html.contains("src=\"\""))
        #expect(!html.contains("<img"))
    }

    @Test func searchDataIsOnlyLiterals() async throws {
        let (_, site) = try await Self.build()
        let scripts = try Self.files(in: site + "/sok", extensions: ["js"])
        #expect(scripts.count > 3)
        for script in scripts {
            for problem in SearchDataAudit.problems(in: script.text) {
                Issue.record("sok/\(script.path): \(problem)")
            }
        }
        let pages = try String(contentsOfFile: site + "/sok/sidor-0.js", encoding: .utf8)
        #expect(pages.contains(#"Skript \u003cscript>window.kbPwned"#))
    }

    @Test func statisticsDownloadsAreJSONData() async throws {
        let (_, site) = try await Self.build()
        let downloads = try Self.files(in: site + "/statistik", extensions: ["json"])
        #expect(downloads.count >= 3)
        for download in downloads {
            #expect((try? JSONSerialization.jsonObject(with: Data(download.text.utf8))) != nil, "\(download.path)")
        }
        let groups = try String(contentsOfFile: site + "/statistik/utfall-grupper.json", encoding: .utf8)
        #expect(groups.contains(#""Egen <script>alert('grupp')</script>""#))
    }

    @Test(arguments: [
        #"<a href="javascript:alert(1)">x</a>"#, #"<a href="java&#x09;script&colon;x">x</a>"#,
        #"<p title="x" onclick='alert(1)'>x</p>"#, "<script>alert(1)</script>", #"<script src="a.js">x</script>"#,
        #"<img src=x onerror=alert(1)>"#, #"<svg onload=alert(1)>"#, #"<iframe src="x"></iframe>"#,
    ])
    func auditCatchesWhatWouldRun(html: String) {
        #expect(!MarkupAudit.problems(in: html).isEmpty)
        #expect(MarkupAudit.problems(in: #"<p class="x">&lt;script&gt;</p><script src="../x.js" defer></script>"#).isEmpty)
    }

    @Test(arguments: [#"kunskapsbankSok.sidor[0]=[["a","b"],alert(1)];"#, "var kunskapsbankSok={a:1};onerror=alert;throw 1",
                      "kunskapsbankSok.termer[\"a\"]={\"a\":`x`};"])
    func searchAuditCatchesCode(script: String) {
        #expect(!SearchDataAudit.problems(in: script).isEmpty)
    }

    @Test(arguments: [
        ("webbplats:\n  titel: T\n  bas-url: javascript:alert(1)\n", "config.base-url"),
        ("webbplats:\n  titel: T\n  bas-url: \"https://x.se/\\\"><script>\"\n", "config.base-url"),
        ("webbplats:\n  titel: T\n  bas-url: https://x.se/\ntillganglighet:\n  adress: \"JaVa\\tScript:alert(1)\"\n", "statement.invalid"),
        ("webbplats:\n  titel: T\n  bas-url: https://x.se/\ntillganglighet:\n  adress: data:text/html,x\n", "statement.invalid"),
    ])
    func scriptAddressInConfigIsAnError(config: String, rule: String) async throws {
        let (report, _) = try await InlineSite("-- content/kunskapsbank.yml --\n" + config + """
            sektioner:
              - mapp: metoder
                mall: metod
                namn: Metoder
                falt:
                  titel: { etikett: Titel, typ: text, kravs: true }
            -- content/metoder/a.md --
            ---
            titel: A
            ---
            Text.
            """).build(writeOutput: false)
        #expect(report.diagnostics.contains { $0.rule == rule && $0.severity == .error },
                "\(report.diagnostics.map { "\($0.rule): \($0.message)" })")
    }
}

/// Reads every start tag of an HTML, SVG or XML text and reports what could run script.
enum MarkupAudit {
    static let forbiddenElements: Set<String> = [
        "iframe", "frame", "object", "embed", "img", "image", "textarea", "base", "style", "math", "foreignobject",
        "template", "video", "audio", "source",
    ]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data"]

    static func problems(in text: String) -> [String] {
        var problems: [String] = []
        let tag = try! Regex(#"<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"#)
        let attribute = try! Regex(#"([^\s=/"'>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?"#)
        for match in text.matches(of: tag) {
            let name = String(match.output[1].substring ?? "").lowercased()
            let rest = String(match.output[2].substring ?? "")
            if forbiddenElements.contains(name) { problems.append("element <\(name)>") }
            var attributes: [String: String] = [:]
            for item in rest.matches(of: attribute) {
                let key = String(item.output[1].substring ?? "").lowercased()
                var value = String(item.output[2].substring ?? "")
                if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                attributes[key] = decodeEntities(value)
                if key.hasPrefix("on") { problems.append("händelseattribut \(key) på <\(name)>") }
                if urlAttributes.contains(key), URLSafety.isExecutable(attributes[key] ?? "") {
                    problems.append("\(key)=\"\(value)\" på <\(name)>")
                }
            }
            if name == "script" {
                let source = attributes["src"] ?? ""
                if source.isEmpty || URLSafety.scheme(of: source) != nil || !source.hasSuffix(".js") {
                    problems.append("<script> utan eget src: \(match.output[0].substring ?? "")")
                }
                let after = text[match.range.upperBound...]
                if !after.hasPrefix("</script>") { problems.append("<script src=\(source)> har innehåll") }
            }
            if name == "meta", attributes["http-equiv"]?.lowercased() == "refresh" { problems.append("meta refresh") }
        }
        return problems
    }

    /// Decodes character references the way a browser does before it reads a URL.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&colon;", ":"), ("&Tab;", "\t")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        let numeric = try! Regex(#"&#([xX]?)([0-9A-Fa-f]+);?"#)
        out = out.replacing(numeric) { match in
            let hex = !(match.output[1].substring ?? "").isEmpty
            let digits = String(match.output[2].substring ?? "")
            return UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The search index files must be literals assigned to `kunskapsbankSok`: outside string literals
/// only punctuation, numbers, object keys and the few names the format uses, so no text from
/// content can call anything (`alert(1)`, ``alert`1` ``, `onerror=alert;throw 1`).
enum SearchDataAudit {
    static let names: Set<String> = ["var", "kunskapsbankSok", "sidor", "termer", "true", "false", "null"]

    static func problems(in script: String) -> [String] {
        var problems: [String] = []
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("//") }
        let code = Array(lines.joined(separator: "\n").unicodeScalars)
        var index = 0
        while index < code.count {
            let scalar = code[index]
            if scalar == "\"" {
                index += 1
                while index < code.count, code[index] != "\"" {
                    if code[index] == "\n" || code[index] == "<" { problems.append("radbrytning eller < i en sträng") }
                    index += code[index] == "\\" ? 2 : 1
                }
                index += 1
                continue
            }
            if scalar.properties.isAlphabetic || scalar == "_" || scalar == "$" {
                var word = ""
                while index < code.count, code[index].properties.isAlphabetic || code[index] == "_" || code[index] == "$"
                    || ("0"..."9").contains(code[index])
                {
                    word.unicodeScalars.append(code[index])
                    index += 1
                }
                if !names.contains(word), index >= code.count || code[index] != ":" { problems.append("namnet \(word)") }
                continue
            }
            if !"{}[],:;=.0123456789- \n\t".unicodeScalars.contains(scalar) { problems.append("tecknet \(scalar)") }
            index += 1
        }
        return problems
    }
}
