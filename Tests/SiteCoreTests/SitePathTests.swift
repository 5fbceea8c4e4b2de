import Testing
import SiteCore

@Suite struct SitePathTests {
    @Test(arguments: [
        (SitePath.root, SitePath.page(["metoder", "kartlaggning"]), "metoder/kartlaggning/index.html"),
        (SitePath.page(["metoder", "kartlaggning"]), SitePath.page(["trappan", "praktik"]), "../../trappan/praktik/index.html"),
        (SitePath.page(["metoder", "kartlaggning"]), SitePath.page(["metoder"]), "../index.html"),
        (SitePath.page(["metoder", "kartlaggning"]), SitePath.root, "../../index.html"),
        (SitePath.page(["metoder"]), SitePath.file("assets/site.css"), "../assets/site.css"),
        (SitePath.root, SitePath.file("assets/site.css"), "assets/site.css"),
        (SitePath.page(["metoder", "a"]), SitePath.page(["metoder", "a"]), "index.html"),
        (SitePath.page(["fall"]), SitePath.file("data/ny fil.csv"), "../data/ny%20fil.csv"),
        (SitePath.page(["fall"]), SitePath.page(["fall", "åsa"]), "%C3%A5sa/index.html"),
        (SitePath.file("statistik/fall.csv"), SitePath.file("statistik/fall.json"), "fall.json"),
        (SitePath.file("statistik/fall.csv"), SitePath.page(["statistik"]), "index.html"),
        (SitePath.file("sitemap.xml"), SitePath.root, "index.html"),
        (SitePath.page(["a", "b", "c"]), SitePath.page(["a", "x"]), "../../x/index.html"),
    ])
    func relativeURLsWorkFromAnyFolder(from: SitePath, to: SitePath, expected: String) {
        #expect(from.relativeURL(to: to) == expected)
    }

    @Test func fragmentIsAppended() {
        #expect(SitePath.root.relativeURL(to: .page(["a"]), fragment: "syfte") == "a/index.html#syfte")
    }

    @Test func outputFileOfPageIsIndexHTML() {
        #expect(SitePath.page(["metoder", "a"]).outputFile == "metoder/a/index.html")
        #expect(SitePath.root.outputFile == "index.html")
    }
}

@Suite struct SitePathEncodingTests {
    @Test(arguments: [
        (SitePath.page(["a b"]), SitePath.file("a b/c d.csv"), "x", "c%20d.csv#x"),
        (SitePath.page(["a"]), SitePath.page(["a b", "c"]), "", "../a%20b/c/index.html"),
        (SitePath.page(["a", "b"]), SitePath.page(["a", "ö"]), "y", "../%C3%B6/index.html#y"),
        (SitePath.root, SitePath.file(""), "", ""),
        (SitePath.page(["a"]), SitePath.page(["a", "b"]), "z", "b/index.html#z"),
    ])
    func onlySegmentsOutsideTheUnreservedSetAreEncoded(from: SitePath, to: SitePath, fragment: String, expected: String) {
        #expect(from.relativeURL(to: to, fragment: fragment) == expected)
    }

    @Test func pathsAreEqualByTheirSegmentsHoweverMade() {
        #expect(SitePath.page(["a", "", "b"]) == SitePath.page(["a", "b"]))
        #expect(SitePath.page(["a"]) != SitePath.file("a"))
        #expect(Set([SitePath.page(["a", "b"]), .page(["a", "", "b"]), .page(["b"])]).count == 2)
    }
}
