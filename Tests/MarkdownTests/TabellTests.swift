import Markdown
import SiteCore
import Testing

struct TabellTests {
    @Test func inlineCSVBecomesAccessibleTable() {
        let markdown = #"""
            ```tabell
            rubrik: Kostnader <2012> & "budget"
            Kostnadspost,Utfall,Andel,Kommentar
            Personalkostnader,1920000,33.5,ok
            "Lokal, hyra",-25937,12 %,"sa ""nej"""
            ```
            """#
        let document = MarkdownDocument(markdown)
        #expect(document.renderHTML() == #"""
            <div class="tabell" role="region" tabindex="0" aria-label="Kostnader &lt;2012&gt; &amp; &quot;budget&quot;"><table><caption>Kostnader &lt;2012&gt; &amp; &quot;budget&quot;</caption><thead><tr><th scope="col">Kostnadspost</th><th scope="col">Utfall</th><th scope="col">Andel</th><th scope="col">Kommentar</th></tr></thead><tbody><tr><th scope="row">Personalkostnader</th><td class="tal">1&nbsp;920&nbsp;000</td><td class="tal">33,5</td><td>ok</td></tr><tr><th scope="row">Lokal, hyra</th><td class="tal">−25&nbsp;937</td><td class="tal">12&nbsp;%</td><td>sa &quot;nej&quot;</td></tr></tbody></table></div>

            """#)
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("1920000", "1&nbsp;920&nbsp;000"),
        ("1 920 000", "1&nbsp;920&nbsp;000"),
        ("-5660", "−5&nbsp;660"),
        ("33,50", "33,50"),
        ("0.5", "0,5"),
        ("20 %", "20&nbsp;%"),
        ("13,3%", "13,3&nbsp;%"),
        ("0", "0"),
    ])
    func numericCellIsFormattedTheSwedishWay(cell: String, html: String) {
        let document = MarkdownDocument("```tabell\nrubrik: T\nA;B\nx;\(cell)\n```")
        #expect(document.renderHTML().contains(#"<td class="tal">\#(html)</td>"#))
    }

    @Test(arguments: ["2012-05", "ca 5", "5 st", "", "-"])
    func textCellIsNotNumeric(cell: String) {
        let document = MarkdownDocument("```tabell\nrubrik: T\nA,B\nx,\(cell)\n```")
        #expect(document.renderHTML().contains("<td>\(cell)</td>"))
    }

    @Test func semicolonCSVIsAccepted() {
        let document = MarkdownDocument("```tabell\nrubrik: T\nÅr;Belopp\n2012;535000,5\n```")
        #expect(document.renderHTML().contains(#"<tr><th scope="row">2012</th><td class="tal">535&nbsp;000,5</td></tr>"#))
    }

    @Test func quotedCellMaySpanLines() {
        let document = MarkdownDocument("```tabell\nrubrik: T\nA,B\n\"rad ett\nrad två\",1\n```")
        #expect(document.renderHTML().contains("<th scope=\"row\">rad ett\nrad två</th>"))
        #expect(document.diagnostics.isEmpty)
    }

    @Test func rowsComeFromKallaFile() {
        var asked: [String] = []
        let document = MarkdownDocument(
            "```tabell\nrubrik: Budget\nkälla: data/budget.csv\n```",
            readDataFile: { path in
                asked.append(path)
                return path == "data/budget.csv" ? "År,Budget\n2012,535000\n" : nil
            })
        #expect(asked == ["data/budget.csv"])
        #expect(document.renderHTML() == #"<div class="tabell" role="region" tabindex="0" aria-label="Budget"><table><caption>Budget</caption><thead><tr><th scope="col">År</th><th scope="col">Budget</th></tr></thead><tbody><tr><th scope="row">2012</th><td class="tal">535&nbsp;000</td></tr></tbody></table></div>"# + "\n")
        #expect(document.diagnostics.isEmpty)
    }

    struct Problem: Sendable, CustomTestStringConvertible {
        var markdown: String
        var severity: Severity
        var rule: String
        var line: Int
        var column: Int
        var messageContains: String
        var testDescription: String { rule }
    }

    @Test(arguments: [
        Problem(markdown: "Text\n\n```tabell\nA,B\n1,2\n```", severity: .warning, rule: "tabell.missing-caption",
                line: 13, column: 1, messageContains: "saknar rubrik"),
        Problem(markdown: "```tabell\nrubrik: T\nkälla: data/saknas.csv\n```", severity: .error,
                rule: "tabell.source-missing", line: 11, column: 1, messageContains: "data/saknas.csv"),
        Problem(markdown: "```tabell\nrubrik: T\nkälla: ../hemligt.csv\n```", severity: .error,
                rule: "tabell.source-path", line: 11, column: 1, messageContains: "`..`"),
        Problem(markdown: "```tabell\nrubrik: T\nkälla: /etc/passwd\n```", severity: .error,
                rule: "tabell.source-path", line: 11, column: 1, messageContains: "absolut"),
        Problem(markdown: "```tabell\nrubrik: T\nA,B,C\nx,1,2\nNybro,1\ny,1,2\n```", severity: .error,
                rule: "tabell.row-width", line: 15, column: 1, messageContains: #"raden "Nybro" (rad 3 i tabellen) har 2 celler"#),
        Problem(markdown: "- punkt\n\n  ```tabell\n  rubrik: T\n  A,B\n  x,1,2\n  ```", severity: .error,
                rule: "tabell.row-width", line: 16, column: 3, messageContains: "har 3 celler, men rubrikraden har 2"),
        Problem(markdown: "```tabell\nrubrik: T\nA,B\n\"x,1\n```", severity: .error,
                rule: "tabell.unclosed-quote", line: 14, column: 1, messageContains: "avslutas aldrig"),
        Problem(markdown: "```tabell\nrubrik: T\n```", severity: .error,
                rule: "tabell.empty", line: 11, column: 1, messageContains: "inga rader"),
    ])
    func tabellProblemIsReportedAtItsLine(problem: Problem) {
        let document = MarkdownDocument(problem.markdown, sourceFile: "content/projekt/drive.md", lineOffset: 10,
                                        readDataFile: { _ in nil })
        let found = document.diagnostics.filter { $0.rule == problem.rule }
        #expect(found.count == 1)
        #expect(found.first?.severity == problem.severity)
        #expect(found.first?.location == SourceLocation(file: "content/projekt/drive.md", line: problem.line, column: problem.column))
        #expect(found.first?.message.contains(problem.messageContains) == true)
        #expect(document.renderHTML().contains(#"<div class="tabell""#))
    }

    @Test func missingCaptionHintShowsRubrikLine() {
        let diagnostic = MarkdownDocument("```tabell\nA,B\n```").diagnostics.first
        #expect(diagnostic?.hint?.contains("rubrik: ") == true)
        #expect(diagnostic?.sourceLine == "```tabell")
    }

    @Test func rowWidthErrorInKallaFileNamesFileRow() {
        let document = MarkdownDocument("```tabell\nrubrik: T\nkälla: data/x.csv\n```",
                                        readDataFile: { _ in "A,B\n1,2\n\n3\n" })
        #expect(document.diagnostics.map(\.message) == [#"raden "3" (rad 4 i data/x.csv) har 1 cell, men rubrikraden har 2"#])
        #expect(document.renderHTML().contains(#"<tr><th scope="row">3</th><td></td></tr>"#))
    }

    @Test func otherInfoStringsStayCodeBlocks() {
        let document = MarkdownDocument("```tabell extra\nA,B\n```\n\n```csv\nA,B\n```")
        #expect(document.renderHTML() == """
            <pre><code class="language-tabell">A,B
            </code></pre>
            <pre><code class="language-csv">A,B
            </code></pre>

            """)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func tablesCanBeSwitchedOff() {
        let document = MarkdownDocument("```tabell\nA,B\n```\n\n| a | b |\n|---|---|\n",
                                        options: MarkdownOptions(tables: false))
        #expect(document.renderHTML().hasPrefix(#"<pre><code class="language-tabell">"#))
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Text\n\n| År | Antal |\n|---|---:|\n| 2012 | 6 |\n", 3, 1),
        ("> | a | b |\n> | --- | --- |\n", 1, 3),
        ("- x\n\n  |a|b|\n  |-|-|\n", 3, 3),
    ])
    func pipeTableGetsWarning(markdown: String, line: Int, column: Int) {
        let diagnostics = MarkdownDocument(markdown, sourceFile: "f.md").diagnostics
        #expect(diagnostics.map(\.rule) == ["tabell.pipe-table"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == SourceLocation(file: "f.md", line: line, column: column))
        #expect(diagnostics.first?.hint?.contains("```tabell") == true)
    }

    @Test(arguments: ["| bara en rad |", "a | b\n---|---", "|a|\ntext", "Text | med | streck\n|---|"])
    func otherParagraphsGetNoPipeTableWarning(markdown: String) {
        #expect(MarkdownDocument(markdown).diagnostics.isEmpty)
    }
}
