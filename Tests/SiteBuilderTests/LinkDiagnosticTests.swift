import Testing
import SiteCore
import SiteTesting

/// Each link problem is reported at its file, line and column, with a hint, in one run.
@Suite struct LinkDiagnosticTests {
    static let target = """
        -- content/metoder/kartlaggning.md --
        ---
        titel: Kartläggning
        steg: [ett]
        ---
        ## Syfte
        -- content/trappan/ett.md --
        ---
        titel: Ett
        ordning: 1
        ---
        Se [[Kartläggning]].
        """

    static func page(_ body: String) -> InlineSite {
        bank(target + "\n-- content/metoder/a.md --\n---\ntitel: Alfa\nsteg: [ett]\n---\nFörsta raden.\n" + body)
    }

    @Test(arguments: [
        ("Se [[Kartlägning]] nu.", "link.broken", "länken [[Kartlägning]] leder ingenstans", "menade du [[Kartläggning]]?", 6, 4),
        ("Åå, [[metoder/saknas]].", "link.broken", "länken [[metoder/saknas]] leder ingenstans", nil, 6, 5),
        ("> citat\n> med [[Kartläggning#Sytfe]]", "link.broken", "rubriken \"Sytfe\" finns inte på sidan Kartläggning (metoder/kartlaggning.md)",
         "menade du [[Kartläggning#Syfte]]?", 7, 7),
        ("[[#Saknas]]", "link.broken", "rubriken \"Saknas\" finns inte på sidan Alfa (metoder/a.md)", "sidan har inga rubriker", 6, 1),
        ("Se [[Kartläggning", "link.wiki-unclosed", "wikilänken saknar ]]", nil, 6, 4),
        ("Se [x](kartlaggning.md#sytfe).", "link.broken", "rubriken #sytfe finns inte på sidan metoder/kartlaggning.md", "menade du #syfte?", 6, 4),
    ] as [(String, String, String, String?, Int, Int)])
    func linkProblemIsReportedAtItsPlace(body: String, rule: String, message: String, hint: String?, line: Int, column: Int) async throws {
        let (report, _) = try await Self.page(body).build(writeOutput: false)
        let problems = report.diagnostics.filter { $0.rule.hasPrefix("link.") && $0.rule != "link.orphan" }
        let problem = try #require(problems.first, "\(report.diagnostics.map { $0.formatted() })")
        #expect(problems.count == 1)
        #expect(problem.rule == rule)
        #expect(problem.message.hasPrefix(message), "\(problem.message)")
        if let hint { #expect(problem.hint == hint) }
        #expect(problem.location.file.hasSuffix("content/metoder/a.md"))
        #expect(problem.location.line == line)
        #expect(problem.location.column == column)
        #expect(problem.sourceLine != nil)
        // The line as written: the page's Markdown is let go after parsing, so it is read back.
        let written = body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(problem.sourceLine == String(written[line - 6]))
    }

    @Test func ambiguousTitleListsBothPages() async throws {
        let site = bank(Self.target + """

            -- content/metoder/samma.md --
            ---
            titel: Samma
            ---
            A.
            -- content/trappan/samma.md --
            ---
            titel: Samma
            ordning: 2
            ---
            Se [[samma]] och [[metoder/samma]].
            """)
        let (report, _) = try await site.build(writeOutput: false)
        let problem = try #require(report.diagnostics.first { $0.rule == "link.ambiguous" })
        #expect(problem.message == "länken [[samma]] kan betyda flera sidor: metoder/samma.md (Samma) och trappan/samma.md (Samma)")
        #expect(problem.hint == "skriv sökvägen i stället, till exempel [[metoder/samma]] eller [[trappan/samma]]")
        #expect(problem.location.line == 5 && problem.location.column == 4)
        #expect(report.diagnostics.filter { $0.rule.hasPrefix("link.") && $0.rule != "link.orphan" }.count == 1)
    }

    @Test func everyProblemOfARunIsReported() async throws {
        let (report, _) = try await Self.page("[[A1]] [[A2]]\n\n[x](b1.md) ![y](b2.png)").build(writeOutput: false)
        let places = report.diagnostics.filter { $0.rule == "link.broken" }.map { "\($0.location.line):\($0.location.column)" }
        #expect(places == ["6:1", "6:8", "8:1", "8:12"])
    }

    @Test func pageNothingLinksToIsAnOrphanWarning() async throws {
        let site = bank(Self.target + "\n-- content/metoder/ensam.md --\n---\ntitel: Ensam\n---\nIngen länkar hit.\n")
        let (report, _) = try await site.build(writeOutput: false)
        let orphans = report.diagnostics.filter { $0.rule == "link.orphan" }
        #expect(orphans.map(\.message) == ["ingen annan sida länkar till \"Ensam\" eller nämner den i front matter"])
        #expect(orphans.first?.severity == .warning)
        #expect(orphans.first.map { "\($0.location.line):\($0.location.column)" } == "2:1")
        #expect(report.succeeded)
    }

    @Test func brokenReferenceInFrontMatterReadsLikeABrokenLink() async throws {
        let site = bank(Self.target + "\n-- content/metoder/b.md --\n---\ntitel: B\nsteg: [et]\n---\nText.\n")
        let (report, _) = try await site.build(writeOutput: false)
        let problem = try #require(report.diagnostics.first { $0.rule == "front-matter.broken-reference" })
        #expect(problem.message == "referensen \"et\" leder ingenstans: ingen sida i trappan/ har det namnet")
        #expect(problem.hint == "menade du \"ett\"?")
        #expect(problem.location.line == 3 && problem.location.column == 8)
    }
}
