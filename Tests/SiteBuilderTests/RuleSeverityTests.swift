import Testing
import SiteCore
import SiteTesting

/// `regler:` in kunskapsbank.yml changes the severity of any stage's rule.
@Suite struct RuleSeverityTests {
    static func site(rules: String, body: String = "Se [[Saknas]] och [[Beta#Saknas]].") -> InlineSite {
        InlineSite(testConfig + "\n" + rules + "\n" + """
            -- content/metoder/a.md --
            ---
            titel: Alfa
            ---
            \(body)
            -- content/metoder/b.md --
            ---
            titel: Beta
            ---
            Se [[Alfa]].

            | a | b |
            |---|---|
            """)
    }

    @Test func brokenLinksAsWarningsStillBuildWithoutDeadLinks() async throws {
        let (report, folder) = try await Self.site(rules: "regler:\n  link.broken: varning").build()
        #expect(report.succeeded)
        #expect(report.diagnostics.filter { $0.rule == "link.broken" }.map(\.severity) == [.warning, .warning])
        let html = try #require(SiteTesting.readTree(folder + "/site")["metoder/a/index.html"])
        // The missing page is text; the missing heading leads to its page.
        #expect(html.contains(#"<p>Se Saknas och <a href="../b/index.html">Beta</a>.</p>"#))
    }

    @Test(arguments: [
        ("link.orphan: fel", "link.orphan", Severity.error),
        ("tabell.*: fel", "tabell.pipe-table", .error),
        ("link.*: fel", "link.orphan", .error),
    ])
    func ruleGetsTheConfiguredSeverity(rule: String, affected: String, severity: Severity) async throws {
        let body = "Fristående."
        let (report, _) = try await Self.site(rules: "regler:\n  " + rule, body: body).build(writeOutput: false)
        let matching = report.diagnostics.filter { $0.rule == affected }
        #expect(!matching.isEmpty, "\(report.diagnostics.map { $0.formatted() })")
        #expect(matching.allSatisfy { $0.severity == severity })
    }

    @Test(arguments: [
        ("regler:\n  link.broken: kanske", "kan bara vara fel eller varning", 26, 16),
        ("regler:\n  config.unknown-key: varning", "skyddar den publicerade webbplatsen", 26, 3),
        ("regler: [link.broken]", "ska vara en tabell", 25, 9),
    ])
    func badRuleSettingIsAnErrorInTheConfiguration(rules: String, message: String, line: Int, column: Int) async throws {
        let (report, _) = try await Self.site(rules: rules).build(writeOutput: false)
        let problem = try #require(report.diagnostics.first { $0.rule == "config.rules" })
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.severity == .error)
        #expect(problem.location.file.hasSuffix("content/kunskapsbank.yml"))
        #expect("\(problem.location.line):\(problem.location.column)" == "\(line):\(column)")
    }

    @Test func printedDiagnosticNamesItsRule() async throws {
        let (report, _) = try await Self.site(rules: "").build(writeOutput: false)
        let printed = try #require(report.diagnostics.first { $0.rule == "link.broken" }).formatted()
        #expect(printed.contains("leder ingenstans: ingen sida har den titeln, sökvägen eller det namnet [link.broken]"))
    }
}
