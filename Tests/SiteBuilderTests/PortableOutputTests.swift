import Foundation
import Testing
@testable import SiteBuilder
import SiteCore
import SiteTesting

/// Output that works under any base path and from `file://`: absolute URLs only where a format
/// needs them and only from `bas-url`, a 404 page that works at any depth, and a zip for upload.
@Suite struct PortableOutputTests {
    @Test func withoutBaseURLSitemapAndFeedAreSkippedWithAWarning() async throws {
        let (report, folder) = try await publishingBank().build()
        let warning = try #require(report.diagnostics.first { $0.rule == "publish.no-base-url" })
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("kunskapsbank.yml"))
        let tree = SiteTesting.readTree(folder + "/site")
        #expect(tree["sitemap.xml"] == nil)
        #expect(tree["atom.xml"] == nil)
        #expect(tree["index.html"]?.contains("application/atom+xml") == false)
    }

    /// Without a base URL nothing on the 404 page may depend on where the server shows it.
    @Test func notFoundPageWithoutBaseURLNeedsNoOtherFile() async throws {
        let (_, folder) = try await publishingBank().build()
        let page = try #require(SiteTesting.readTree(folder + "/site")["404.html"])
        let urls = attributeValues(page, ["href", "src"])
        #expect(urls == ["#innehall"], "\(urls)")
        #expect(page.contains("<h1>Sidan finns inte</h1>"))
        #expect(page.contains("Content-Security-Policy"))
    }

    @Test func withBaseURLNotFoundPageLinksByTheBasePath() async throws {
        let (_, folder) = try await publishingBank(baseURL: "https://www.example.se/kunskapsbank/test").build()
        let page = try #require(SiteTesting.readTree(folder + "/site")["404.html"])
        for url in attributeValues(page, ["href", "src"]) where url != "#innehall" {
            #expect(url.hasPrefix("/kunskapsbank/test/"), "\(url)")
        }
        #expect(page.contains(#"<link rel="stylesheet" href="/kunskapsbank/test/assets/site.css">"#))
        #expect(page.contains(#"<a class="webbplatsnamn" href="/kunskapsbank/test/index.html">"#))
        #expect(page.contains(#"href="/kunskapsbank/test/metoder/index.html""#))
        #expect(!page.contains("utskriftsadress"))
    }

    @Test(arguments: [
        ("https://www.nybro.se/kunskapsbank/drive/", "/kunskapsbank/drive/"),
        ("https://www.nybro.se/kunskapsbank/drive", "/kunskapsbank/drive/"),
        ("https://www.nybro.se", "/"),
        ("http://localhost:8080/kb/?x=1", "/kb/"),
        ("/kunskapsbank/", "/kunskapsbank/"),
    ])
    func basePathComesFromTheBaseURL(baseURL: String, path: String) {
        #expect(NotFoundPage.path(of: baseURL) == path)
    }

    @Test func sitemapListsEveryPageAndTheFeedTheCases() async throws {
        let (report, folder) = try await publishingBank(baseURL: "https://www.example.se/kb").build()
        #expect(!report.diagnostics.contains { $0.rule == "publish.no-base-url" })
        let tree = SiteTesting.readTree(folder + "/site")
        let sitemap = try #require(tree["sitemap.xml"])
        let pages = tree.keys.filter { $0.hasSuffix("index.html") }
        for page in pages {
            let url = "https://www.example.se/kb/" + page.dropLast("index.html".count)
            #expect(sitemap.contains("<loc>\(url)</loc>"), "\(url)")
        }
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == pages.count)
        #expect(!sitemap.contains("404"))
        #expect(sitemap.contains("<lastmod>2026-11-25</lastmod>"))

        let feed = try #require(tree["atom.xml"])
        #expect(feed.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">"#))
        #expect(feed.contains("<id>https://www.example.se/kb/fall/fall-01/</id>"))
        #expect(feed.contains("<summary>En deltagare som fick arbete.</summary>"))
        #expect(!feed.contains("kartlaggning"), "bara fallbeskrivningar")
        // Newest learning first: fall-02 ended 2013-09, fall-01 2013-06.
        let second = try #require(feed.range(of: "fall-02/</id>")), first = try #require(feed.range(of: "fall-01/</id>"))
        #expect(second.lowerBound < first.lowerBound)
        let method = try #require(tree["metoder/kartlaggning/index.html"])
        #expect(method.contains(#"<link rel="alternate" type="application/atom+xml" title="Nya fallbeskrivningar (Atom)" href="../../atom.xml">"#))
        #expect(method.contains(#"<p class="utskriftsadress">Sidans adress: https://www.example.se/kb/metoder/kartlaggning/</p>"#))
    }

    /// A bank of thousands of cases must not put all of them in every feed download.
    @Test func feedCarriesOnlyTheNewestFiftyLearnings() async throws {
        let cases = (1...60).map { n in
            let month = n % 12 + 1, year = 2012 + n / 12
            return "-- content/fall/fall-\(n).md --\n---\ntitel: Fall \(n)\navslutad: \(year)-\(month < 10 ? "0" : "")\(month)\n"
                + "anonymisering: sammansatt\n---\nText.\n"
        }.joined()
        let (_, folder) = try await publishingBank(baseURL: "https://www.example.se/kb", files: cases).build()
        let feed = try #require(SiteTesting.readTree(folder + "/site")["atom.xml"])
        let ids = feed.components(separatedBy: "<id>https://www.example.se/kb/fall/fall-").dropFirst()
            .compactMap { $0.split(separator: "/").first.map { "fall-" + $0 } }
        #expect(ids.count == SiteFeeds.feedLimit)
        // Fall 60 ended 2017-01, the latest month; fall 1–10 (2012-02 … 2012-11) are the oldest, left out.
        #expect(ids.first == "fall-60")
        #expect(!ids.contains("fall-1") && !ids.contains("fall-10") && ids.contains("fall-11"))
    }

    @Test func everyPageHasTheSecurityPolicyAndNoInlineScriptOrStyle() async throws {
        let (_, tree) = try await DriveBankTests.buildDrive(parallel: true)
        for (path, html) in tree where path.hasSuffix(".html") {
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; "#), "\(path)")
            #expect(html.components(separatedBy: "<script").count == html.components(separatedBy: "<script src=").count, "\(path)")
            #expect(!html.contains("<style") && !html.contains(" style=\""), "\(path)")
        }
    }

    @Test func zipHoldsTheSiteAndIsTheSameForTheSameContent() async throws {
        let folder = try publishingBank().write()
        var options = BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site", themesFolder: SiteTesting.defaultThemes,
            archivePath: folder + "/site.zip")
        let report = await SiteBuilder.build(options)
        #expect(report.wroteOutput)
        let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/site.zip"))
        options.outputFolder = folder + "/igen"
        options.archivePath = folder + "/igen.zip"
        _ = await SiteBuilder.build(options)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/igen.zip")) == first)

        let entries = ZipListing(first)
        let tree = SiteTesting.readTree(folder + "/site").filter { !$0.key.hasPrefix(".") }
        #expect(entries.names == tree.keys.sorted())
        #expect(entries.names.contains("404.html") && entries.names.contains("assets/sok.js"))
        #expect(entries.count == tree.count)
    }

    @Test func crcMatchesTheZipStandard() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
    }

    private func attributeValues(_ html: String, _ names: [String]) -> [String] {
        names.flatMap { name in
            html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        }
    }
}

/// The names in a zip's central directory and the entry count its end record gives.
struct ZipListing {
    var names: [String] = []
    var count = 0

    init(_ data: Data) {
        let bytes = [UInt8](data)
        func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func le32(_ at: Int) -> Int { le16(at) | le16(at + 2) << 16 }
        guard bytes.count >= 22 else { return }
        let end = bytes.count - 22
        count = le16(end + 10)
        var at = le32(end + 16)
        while at + 46 <= bytes.count, le32(at) == 0x0201_4B50 {
            let nameLength = le16(at + 28), extra = le16(at + 30), comment = le16(at + 32)
            names.append(String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self))
            at += 46 + nameLength + extra + comment
        }
    }
}
