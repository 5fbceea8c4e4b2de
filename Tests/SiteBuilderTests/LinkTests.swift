import Testing
import SiteCore
import SiteTesting

@Suite struct LinkTests {
    let pages = """
        -- content/metoder/a.md --
        ---
        titel: Alfa
        ---
        Se [beta](b.md), [syftet](b.md#syfte), [steget](../trappan/ett.md) och [data](../data/x.csv).

        ## Syfte
        -- content/metoder/b.md --
        ---
        titel: Beta
        steg: [ett]
        ---
        ## Syfte

        Tillbaka till [alfa](a.md#syfte) och [extern](https://example.org/).
        -- content/trappan/ett.md --
        ---
        titel: Ett
        ordning: 1
        ---
        Första steget.
        -- content/data/x.csv --
        a,b
        1,2
        """

    @Test func markdownLinksBecomeRelativeURLs() async throws {
        let (report, folder) = try await bank(pages).build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let alfa = try #require(tree["metoder/a/index.html"])
        #expect(alfa.contains(#"href="../b/index.html""#))
        #expect(alfa.contains(#"href="../b/index.html#syfte""#))
        #expect(alfa.contains(#"href="../../trappan/ett/index.html""#))
        #expect(alfa.contains(#"href="../../data/x.csv""#))
        #expect(tree["data/x.csv"] == "a,b\n1,2\n")
        let beta = try #require(tree["metoder/b/index.html"])
        #expect(beta.contains(#"href="https://example.org/""#))
        #expect(beta.contains(#"<h2 id="syfte">"#))
    }

    @Test(arguments: [
        ("[x](saknas.md)", "länken saknas.md leder ingenstans", 4, 1),
        ("Text [x](b.md#finns-inte)", "rubriken #finns-inte finns inte", 4, 6),
        ("[x](/metoder/b.md)", "börjar med /", 4, 1),
        ("[x](../../../etc/passwd)", "utanför innehållsmappen", 4, 1),
        ("[x](#saknas)", "rubriken #saknas finns inte", 4, 1),
    ])
    func brokenLinkReportsLineAndColumn(link: String, message: String, line: Int, column: Int) async throws {
        let site = bank("""
            -- content/metoder/a.md --
            ---
            titel: Alfa
            ---
            \(link)
            -- content/metoder/b.md --
            ---
            titel: Beta
            ---
            ## Syfte
            """)
        let (report, folder) = try await site.build()
        let problem = try #require(report.diagnostics.first { $0.rule == "link.broken" })
        #expect(problem.message.contains(message))
        #expect(problem.location.file.hasSuffix("content/metoder/a.md"))
        #expect(problem.location.line == line)
        #expect(problem.location.column == column)
        #expect(!report.wroteOutput)
        #expect(SiteTesting.readTree(folder + "/site").isEmpty)
    }

    @Test func misspelledLinkGetsANearestCandidateHint() async throws {
        let site = bank("""
            -- content/metoder/a.md --
            ---
            titel: Alfa
            ---
            [x](kartlagning.md)
            -- content/metoder/kartlaggning.md --
            ---
            titel: Kartläggning
            ---
            Text.
            """)
        let (report, _) = try await site.build(writeOutput: false)
        let problem = try #require(report.diagnostics.first { $0.rule == "link.broken" })
        #expect(problem.hint?.contains("metoder/kartlaggning.md") == true)
    }
}
