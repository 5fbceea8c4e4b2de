import Testing
import SiteCore
import SiteTesting

/// Every way an author can link, resolved to a relative URL from a page two levels down
/// (`metoder/a/`) and from a root page one level down (`om/`).
@Suite struct WikiLinkSiteTests {
    static func site(alfa: String = "Text.", om: String = "Text.") -> InlineSite {
        bank(pages.replacingOccurrences(of: "I_ALFA", with: alfa).replacingOccurrences(of: "I_OM", with: om))
    }

    static let pages = """
        -- content/metoder/kartlaggning.md --
        ---
        titel: Kartläggning
        ---
        ## Syfte

        ## Så här går det till
        -- content/metoder/a.md --
        ---
        titel: Alfa
        ---
        I_ALFA

        ## Egen rubrik
        -- content/om.md --
        ---
        titel: Om banken
        ---
        I_OM
        -- content/trappan/index.md --
        ---
        titel: Utvecklingstrappans steg
        ---
        Stegen.
        -- content/trappan/ett.md --
        ---
        titel: Ett
        ordning: 1
        ---
        Första steget.
        -- content/metoder/bild.png --
        PNG
        -- content/data/x.csv --
        a,b
        """

    @Test(arguments: [
        ("[[Kartläggning]]", "../kartlaggning/index.html", "Kartläggning"),
        ("[[KARTLAGGNING]]", "../kartlaggning/index.html", "Kartläggning"),
        ("[[kartlaggning]]", "../kartlaggning/index.html", "Kartläggning"),
        ("[[metoder/kartlaggning]]", "../kartlaggning/index.html", "Kartläggning"),
        ("[[metoder/kartlaggning.md]]", "../kartlaggning/index.html", "Kartläggning"),
        ("[[Kartläggning|den första metoden]]", "../kartlaggning/index.html", "den första metoden"),
        ("[[Kartläggning#Syfte]]", "../kartlaggning/index.html#syfte", "Kartläggning – Syfte"),
        ("[[kartlaggning#så HÄR går det till]]", "../kartlaggning/index.html#sa-har-gar-det-till", "Kartläggning – Så här går det till"),
        ("[[Kartläggning#sa-har-gar-det-till|hur]]", "../kartlaggning/index.html#sa-har-gar-det-till", "hur"),
        ("[[#Egen rubrik]]", "#egen-rubrik", "Egen rubrik"),
        ("[[Ett]]", "../../trappan/ett/index.html", "Ett"),
        ("[[trappan]]", "../../trappan/index.html", "Utvecklingstrappans steg"),
        ("[[Om banken]]", "../../om/index.html", "Om banken"),
        ("[text](kartlaggning.md)", "../kartlaggning/index.html", "text"),
        ("[text](kartlaggning.md#syfte)", "../kartlaggning/index.html#syfte", "text"),
        ("[text](../trappan/ett.md)", "../../trappan/ett/index.html", "text"),
        ("[text](#egen-rubrik)", "#egen-rubrik", "text"),
        ("[text](../data/x.csv)", "../../data/x.csv", "text"),
    ])
    func linkFromANestedPageResolves(link: String, href: String, text: String) async throws {
        let (report, folder) = try await Self.site(alfa: link).build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let html = try #require(SiteTesting.readTree(folder + "/site")["metoder/a/index.html"])
        #expect(html.contains(#"<a href="\#(href)">\#(text)</a>"#), "\(html)")
    }

    @Test(arguments: [
        ("[[Kartläggning#Syfte]]", "../metoder/kartlaggning/index.html#syfte", "Kartläggning – Syfte"),
        ("[[Ett]]", "../trappan/ett/index.html", "Ett"),
        ("[[metoder/a|alfa]]", "../metoder/a/index.html", "alfa"),
        ("[x](metoder/kartlaggning.md)", "../metoder/kartlaggning/index.html", "x"),
        ("![bild](metoder/bild.png)", "../metoder/bild.png", ""),
    ])
    func linkFromARootPageResolves(link: String, href: String, text: String) async throws {
        let (report, folder) = try await Self.site(om: link).build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let html = try #require(SiteTesting.readTree(folder + "/site")["om/index.html"])
        let expected = link.hasPrefix("!") ? #"<img src="\#(href)" alt="bild" />"# : #"<a href="\#(href)">\#(text)</a>"#
        #expect(html.contains(expected), "\(html)")
    }

    @Test func externalLinkIsMarkedAsLeavingTheSite() async throws {
        let site = Self.site(om: "Se [Försäkringskassan](https://www.forsakringskassan.se/) och <mailto:a@b.se>.")
        let (_, folder) = try await site.build()
        let html = try #require(SiteTesting.readTree(folder + "/site")["om/index.html"])
        #expect(html.contains(#"<a href="https://www.forsakringskassan.se/" class="extern">Försäkringskassan<span class="visuellt-dold"> (extern webbplats)</span></a>"#))
        #expect(html.contains(#"<a href="mailto:a@b.se">mailto:a@b.se</a>"#))
    }

    @Test func wikiSyntaxInCodeStaysLiteral() async throws {
        let site = Self.site(om: "Skriv `[[Kartläggning]]` eller \\[[Kartläggning]].")
        let (report, folder) = try await site.build()
        #expect(report.diagnostics.errorCount == 0)
        let html = try #require(SiteTesting.readTree(folder + "/site")["om/index.html"])
        #expect(html.contains("<code>[[Kartläggning]]</code> eller [[Kartläggning]]."))
    }
}
