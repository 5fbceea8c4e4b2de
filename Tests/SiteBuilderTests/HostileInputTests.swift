import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// Broken and hostile input, each written over a bank whose site was already built: the build must
/// say what is wrong at the right place, never crash, and leave the published site as it was.
@Suite struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Files to write (relative to the bank folder) as raw bytes.
        let files: [String: [UInt8]]
        /// Expected rule prefix of the first matching diagnostic, its line, and whether the build fails.
        let rule: String?
        let line: Int?
        let fails: Bool
        var testDescription: String { name }
    }

    static func page(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "ogiltig UTF-8", files: ["content/metoder/a.md": page("---\ntitel: A\n---\nText ") + [0xFF, 0x0A]],
             rule: "encoding.invalid-utf8", line: 4, fails: true),
        Case(name: "UTF-16", files: ["content/metoder/a.md": [0xFF, 0xFE] + Array("---\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })],
             rule: "encoding.not-utf8", line: 1, fails: true),
        Case(name: "BOM", files: ["content/metoder/a.md": [0xEF, 0xBB, 0xBF] + page("---\ntitel: A\n---\nText.\n")],
             rule: "encoding.bom", line: 1, fails: false),
        Case(name: "CRLF", files: ["content/metoder/a.md": page("---\r\ntitel: A\r\n---\r\nRad ett\r\nRad två\r\n")],
             rule: nil, line: nil, fails: false),
        Case(name: "ensamt CR", files: ["content/metoder/a.md": page("---\rtitel: A\r---\rRad ett\r")],
             rule: nil, line: nil, fails: false),
        Case(name: "tom fil", files: ["content/metoder/a.md": []], rule: "page.empty", line: 1, fails: true),
        Case(name: "front matter stängs aldrig", files: ["content/metoder/a.md": page("---\ntitel: A\nText\n")],
             rule: "front-matter.unclosed", line: 1, fails: true),
        Case(name: "tabb i YAML", files: ["content/metoder/a.md": page("---\ntitel: A\n\tsteg: x\n---\n")],
             rule: "front-matter.yaml", line: 3, fails: true),
        Case(name: "- % i YAML", files: ["content/metoder/a.md": page("---\n- %\n---\n")],
             rule: "front-matter.", line: 2, fails: true),
        Case(name: "aliasbomb", files: ["content/metoder/a.md": page(aliasBomb)], rule: "front-matter.", line: nil, fails: true),
        Case(name: "fel typ", files: ["content/metoder/a.md": page("---\ntitel: [a, b]\n---\n")],
             rule: "front-matter.wrong-type", line: 2, fails: true),
        Case(name: "null i obligatoriskt fält", files: ["content/metoder/a.md": page("---\ntitel:\n---\n")],
             rule: "front-matter.missing-value", line: 2, fails: true),
        Case(name: "datum i utländskt format", files: ["content/om.md": page("---\ntitel: Om\npublicerad: 03/31/2014\n---\n")],
             rule: "front-matter.", line: 3, fails: true),
        Case(name: "dubbla adresser Fall/fall", files: [
            "content/metoder/Fall.md": page("---\ntitel: F1\n---\n"), "content/metoder/fall.md": page("---\ntitel: F2\n---\n"),
        ], rule: "content.slug-collision", line: nil, fails: true),
        Case(name: "dubbla adresser Väg/vag", files: [
            "content/metoder/Väg.md": page("---\ntitel: V1\n---\n"), "content/metoder/vag.md": page("---\ntitel: V2\n---\n"),
        ], rule: "content.slug-collision", line: nil, fails: true),
        Case(name: "filnamn med mellanslag, # och ?", files: ["content/metoder/ny sida #2?.md": page("---\ntitel: Ny\n---\n")],
             rule: "content.slug-renamed", line: 1, fails: false),
        Case(name: "källa med ..", files: ["content/metoder/a.md": page("---\ntitel: A\n---\n```tabell\nrubrik: T\nkälla: ../../hemlig.csv\n```\n")],
             rule: "tabell.", line: 4, fails: true),
        Case(name: ".. i front matter-referens", files: ["content/metoder/a.md": page("---\ntitel: A\nsteg: [../../etc/passwd]\n---\n")],
             rule: "front-matter.", line: 3, fails: true),
        Case(name: "sida på 6 MB", files: ["content/metoder/a.md": page("---\ntitel: A\n---\n") + Array(repeating: UInt8(ascii: "x"), count: 6_000_000)],
             rule: "content.too-large", line: 1, fails: true),
        Case(name: "konfigurationen saknas", files: ["content/kunskapsbank.yml": []], rule: "config.", line: 1, fails: true),
        Case(name: "trasig konfiguration", files: ["content/kunskapsbank.yml": page("webbplats: [\n")], rule: "config.", line: nil, fails: true),
    ]

    static let aliasBomb = "---\ntitel: A\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n"

    @Test(arguments: cases)
    func hostileInputIsReportedAndTheOldSiteStays(_ hostile: Case) async throws {
        let (first, folder) = try await bank("-- content/metoder/a.md --\n---\ntitel: A\n---\nFörsta.\n").build()
        try #require(first.wroteOutput)
        let before = SiteTesting.readTree(folder + "/site")
        for (path, bytes) in hostile.files {
            let target = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if path == "content/kunskapsbank.yml" && bytes.isEmpty {
                try FileManager.default.removeItem(atPath: target)
            } else {
                try Data(bytes).write(to: URL(fileURLWithPath: target))
            }
        }
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes))
        #expect(report.succeeded == !hostile.fails, "\(report.diagnostics.map { $0.formatted() })")
        if let rule = hostile.rule {
            let found = report.diagnostics.first { $0.rule.hasPrefix(rule) }
            #expect(found != nil, "väntade \(rule), fick \(report.diagnostics.map(\.rule))")
            if let line = hostile.line { #expect(found?.location.line == line) }
            #expect(found?.message.isEmpty == false)
        } else {
            // A bank of one page is an orphan by design (link.orphan), and the test bank has no base URL
            // (publish.no-base-url); nothing else may be reported.
            #expect(report.diagnostics.filter { $0.rule != "link.orphan" && $0.rule != "publish.no-base-url" }.isEmpty, "\(report.diagnostics.map { $0.formatted() })")
        }
        if hostile.fails {
            #expect(SiteTesting.readTree(folder + "/site") == before)
        }
    }

    @Test func lineEndingsDoNotChangeTheOutput() async throws {
        let lf = try await bank("-- content/metoder/a.md --\n---\ntitel: A\n---\nRad ett\nRad två\n").build()
        let crlf = try bank("").write()
        try FileManager.default.createDirectory(atPath: crlf + "/content/metoder", withIntermediateDirectories: true)
        try Data("---\r\ntitel: A\r\n---\r\nRad ett\r\nRad två\r\n".utf8).write(to: URL(fileURLWithPath: crlf + "/content/metoder/a.md"))
        _ = await SiteBuilder.build(BuildOptions(contentFolder: crlf + "/content", outputFolder: crlf + "/site", themesFolder: SiteTesting.defaultThemes))
        let a = SiteTesting.readTree(lf.folder + "/site")["metoder/a/index.html"]
        #expect(a != nil)
        #expect(a == SiteTesting.readTree(crlf + "/site")["metoder/a/index.html"])
    }

    /// Large and deep pages, named so the test log stays short (the texts are megabytes).
    enum LargePage: String, CaseIterable, Sendable {
        case oneMegabyteLine = "en rad på 1 MB"
        case nestedQuotes = "100 000 nästlade citat"
        case nestedLists = "2 000 nästlade listor"
        case manyLinks = "10 000 länkar"

        var text: String {
            let head = "---\ntitel: A\n---\n"
            switch self {
            case .oneMegabyteLine: return head + String(repeating: "ord ", count: 262_144) + "\n"
            case .nestedQuotes: return head + String(repeating: ">", count: 100_000) + " djupt\n"
            case .nestedLists: return head + (0..<2_000).map { String(repeating: "  ", count: $0) + "- n" }.joined(separator: "\n") + "\n"
            case .manyLinks: return head + String(repeating: "[b](b.md) ", count: 10_000) + "\n"
            }
        }
    }

    @Test(arguments: LargePage.allCases)
    func largeAndDeepPagesBuild(_ large: LargePage) async throws {
        let (name, text) = (large.rawValue, large.text)
        let site = bank("-- content/metoder/b.md --\n---\ntitel: B\n---\nB.\n")
        let folder = try site.write()
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/content/metoder/a.md"))
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes))
        #expect(report.succeeded, "\(name): \(report.diagnostics.prefix(3).map { $0.formatted() })")
        #expect(FileManager.default.fileExists(atPath: folder + "/site/metoder/a/index.html"))
    }

    @Test func symlinkOutOfContentIsRefused() async throws {
        let folder = try bank("-- content/metoder/a.md --\n---\ntitel: A\n---\nA.\n").write()
        let outside = folder + "/hemlig.md"
        try Data("---\ntitel: Hemlig\n---\nHemligt.\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: folder + "/content/metoder/lank.md", withDestinationPath: outside)
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes))
        #expect(report.diagnostics.contains { $0.rule == "content.symlink" })
        #expect(!report.succeeded)
        #expect(!(SiteTesting.readTree(folder + "/site").values.contains { $0.contains("Hemligt.") }))
    }

    @Test func missingThemeIsReported() async throws {
        let folder = try bank("-- content/metoder/a.md --\n---\ntitel: A\n---\nA.\n").write()
        var options = BuildOptions(contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes)
        options.themeName = "finns-inte"
        let report = await SiteBuilder.build(options)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.location.file.hasSuffix("finns-inte") && $0.message.contains("temat finns inte") }, "\(report.diagnostics.map { $0.formatted() })")
    }
}
