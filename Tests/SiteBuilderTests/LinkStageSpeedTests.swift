import Content
import Foundation
@testable import Linking
@testable import SiteBuilder
import SiteCore
import SiteTesting
import Testing

/// The shortcuts of the link stage, the feed and the sitemap give what the plain way gave.
@Suite struct LinkStageSpeedTests {
    /// Every path of up to four segments from `.`, `..`, names, dotted names and empty
    /// segments, with and without a leading and trailing slash, from pages at three depths.
    @Test(arguments: ["a.md", "metoder/a.md", "metoder/under/a.md", "metoder//a.md", "/metoder/a.md"])
    func bytePathsResolveLikeStringPaths(source: String) throws {
        let segments = [".", "..", "b.md", "trappan", "", "..x", ".md", "..."]
        var paths = [""]
        var frontier = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { prefix in segments.map { prefix.isEmpty ? $0 : prefix + "/" + $0 } }
            paths += frontier
        }
        let folder = try #require(LinkPath.asciiFolder(of: source))
        var checked = 0
        for body in paths {
            for path in [body, body + "/", "/" + body] {
                #expect(LinkPath.normaliseASCII(path, folder: folder) == LinkResolver.normalise(path, relativeTo: source), "\(path) från \(source)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test(arguments: [
        ("../metoder/a.md#syfte", "../metoder/a.md", "syfte"), ("#", "", ""), ("a.md", "a.md", nil), ("a#b#c", "a", "b#c"),
    ] as [(String, String, String?)])
    func asciiSplitAtTheFirstHash(url: String, path: String, fragment: String?) {
        let (before, after) = LinkPath.splitASCII(url)
        #expect(before == path && after == fragment)
    }

    @Test(arguments: [
        ("https://x.se", true), ("mailto:a@b.se", true), ("svn+ssh://x", true), ("a.b-c:x", true), (":x", false),
        ("a b:x", false), ("../a:b.md", false), ("C:x", true), ("a_b:x", false),
    ])
    func asciiSchemeIsLettersDigitsAndPlusMinusDot(url: String, hasScheme: Bool) {
        #expect(LinkPath.hasSchemeASCII(url) == hasScheme)
    }

    /// The one pass over a destination's bytes finds what the separate walks found.
    @Test(arguments: [
        "", "a.md", "../metoder/a.md#syfte", "#", "a#b#c", "https://x.se/a#b", "b%C3%A5.md#x%20y", "a#%62", "bä.md#ö", "%",
        "mailto:a@b.se", "a:b#c:d",
    ])
    func destinationScanFindsWhatTheWalksFound(url: String) {
        let scan = LinkPath.Scan(url)
        #expect(scan.isASCII == LinkPath.isASCII(url))
        #expect(scan.hasColon == url.utf8.contains(UInt8(ascii: ":")))
        #expect(scan.hashOffset == url.utf8.firstIndex(of: UInt8(ascii: "#")).map { url.utf8.distance(from: url.utf8.startIndex, to: $0) })
        #expect(scan.hasPercentBeforeHash == (url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").contains("%"))
        if scan.isASCII {
            let (path, fragment) = LinkPath.splitASCII(url, hashOffset: scan.hashOffset)
            let hash = url.firstIndex(of: "#")
            #expect(path == String(url[..<(hash ?? url.endIndex)]) && fragment == hash.map { String(url[url.index(after: $0)...]) })
        }
    }

    /// A page's folder as bytes is what splitting its path as a string gave, empty segments dropped.
    @Test(arguments: ["", "a.md", "metoder/a.md", "metoder/under/a.md", "metoder//a.md", "/metoder/a.md", "metoder/a/", "//", "a//"])
    func asciiFolderIsTheStringFolder(source: String) {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        #expect(LinkPath.asciiFolder(of: source) == Array(folder.utf8))
    }

    @Test func nonASCIIPagePathKeepsTheStringPath() {
        #expect(LinkPath.asciiFolder(of: "metoder/kartläggning.md") == nil)
        #expect(LinkPath.asciiFolder(of: "metoder/a.md") == Array("metoder".utf8))
    }

    static func linkBank(_ links: String) -> InlineSite {
        InlineSite("""
            \(SiteTesting.methodsConfig)
            -- content/metoder/index.md --
            ---
            titel: Metoder
            ---
            Alla metoder.
            -- content/metoder/a.md --
            ---
            titel: Alfa
            ---
            \(links)
            -- content/metoder/b.md --
            ---
            titel: Beta
            ---
            ## Syfte

            Se [alfa](a.md).
            -- content/index.md --
            ---
            titel: Start
            ---
            [a](metoder/a.md) [b](./metoder/b.md)
            """)
    }

    /// Links written every way resolve the same whichever path reads them: ASCII (bytes) or not.
    @Test func linksWithDotsSlashesAndPercentsReachTheirPages() async throws {
        let (report, folder) = try await Self.linkBank("[1](./b.md) [2](../metoder/./b.md#syfte) [3](b) [4](.//b.md) [5](%62.md) [6](../metoder/) [7](../index.md) [8](../metoder/%C3%A5/../b.md)").build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let alfa = try #require(SiteTesting.readTree(folder + "/site")["metoder/a/index.html"])
        let expected = [
            "1": "../b/index.html", "2": "../b/index.html#syfte", "3": "../b/index.html", "4": "../b/index.html",
            "5": "../b/index.html", "6": "../index.html", "7": "../../index.html", "8": "../b/index.html",
        ]
        for (text, href) in expected {
            #expect(alfa.contains(#"<a href="\#(href)">\#(text)</a>"#), "[\(text)] → \(href)")
        }
    }

    @Test func brokenLinksAreReportedTheSameOnBothPaths() async throws {
        let (report, _) = try await Self.linkBank("[8](../../b.md) [9](b.md#saknas) [10](bä.md) [11](../metoder/./%C3%A5.md)").build(writeOutput: false)
        let problems = report.diagnostics.filter { $0.rule == "link.broken" }.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(problems == [
            "4:1 länken ../../b.md pekar utanför innehållsmappen",
            "4:17 rubriken #saknas finns inte på sidan metoder/b.md",
            "4:34 länken bä.md leder ingenstans: ingen sida eller fil har den sökvägen",
            "4:46 länken ../metoder/./%C3%A5.md leder ingenstans: ingen sida eller fil har den sökvägen",
        ])
    }

    /// A step named twice in one list, or by itself, lists each method once, in title order, under
    /// the title made from the section and field names.
    @Test func relationListsEachReferringPageOnceInSectionOrder() async throws {
        let (_, folder) = try await bank("""
            -- content/trappan/ett.md --
            ---
            titel: Ett
            ordning: 1
            ---
            Första.
            -- content/trappan/tva.md --
            ---
            titel: Två
            ordning: 2
            ---
            Andra.
            -- content/metoder/c.md --
            ---
            titel: Cmetod
            steg: [tva, ett, ett]
            ---
            C.
            -- content/metoder/a.md --
            ---
            titel: Ametod
            steg: [ett]
            ---
            A.
            """).build()
        let tree = SiteTesting.readTree(folder + "/site")
        let ett = try #require(tree["trappan/ett/index.html"])
        let tva = try #require(tree["trappan/tva/index.html"])
        #expect(RelationTests.section(ett, from: "<h2>Metoder (steg)") == "|Metoder (steg)|Ametod|Cmetod|")
        #expect(RelationTests.section(tva, from: "<h2>Metoder (steg)") == "|Metoder (steg)|Cmetod|")
    }

    /// With many learnings in one month, the feed's cut falls inside the month: the cases of that
    /// month are taken in path order, after every newer one.
    @Test func feedCutInsideAMonthTakesThePathOrder() async throws {
        let newer = (1...5).map { n in (name: "ny-\(n)", month: "2014-0\(n)") }
        let tied = (1...55).map { n in (name: "fall-\(n)", month: "2013-06") }
        let files = (tied + newer).map { item in
            "-- content/fall/\(item.name).md --\n---\ntitel: Fall \(item.name)\navslutad: \"\(item.month)\"\nanonymisering: sammansatt\n---\nText.\n"
        }.joined()
        let (_, folder) = try await publishingBank(baseURL: "https://www.example.se/kb", files: files).build()
        let feed = try #require(SiteTesting.readTree(folder + "/site")["atom.xml"])
        let ids = feed.components(separatedBy: "<id>https://www.example.se/kb/fall/").dropFirst()
            .compactMap { $0.split(separator: "/").first.map(String.init) }.filter { $0 != "<" }  // the feed's own id
        let expected = ["ny-5", "ny-4", "ny-3", "ny-2", "ny-1"] + tied.map(\.name).sorted().prefix(SiteFeeds.feedLimit - 5)
        #expect(ids == expected)
    }

    /// Output paths that need percent-encoding or hold empty segments take the `SitePath` way;
    /// every other is its own URL. Duplicates are listed once, files that are not pages never.
    @Test func sitemapListsEachPageOnceInPathOrder() {
        let config = BankConfig(site: SiteSettings(title: "T", updated: "2026-11-25"), sections: [])
        let context = SiteContext(config: config, pages: [], index: SiteIndex(pages: [], files: []), strings: [:])
        let feeds = SiteFeeds(context: context, baseURL: "https://x.se/a&b")
        let sitemap = feeds.sitemap(files: [
            "metoder/b/index.html", "index.html", "fall/å ä/index.html", "assets/site.css", "404.html", "x//y/index.html",
            "metoder/b/index.html", "metoder/index.html", "x/y/index.html",
        ])
        let loc = { (path: String) in "<url><loc>https://x.se/a&amp;b/\(path)</loc><lastmod>2026-11-25</lastmod></url>" }
        #expect(sitemap.path == "sitemap.xml")
        guard case .text(let text) = sitemap.body else { Issue.record("sitemap.xml är ingen text"); return }
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            \(loc("fall/%C3%A5%20%C3%A4/"))
            \(loc(""))
            \(loc("metoder/b/"))
            \(loc("metoder/"))
            \(loc("x/y/"))
            </urlset>

            """)
    }
}
