import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// `/tillganglighet/` made from the `tillganglighet:` section of the configuration, with the
/// fields of DIGG's model statement.
@Suite struct AccessibilityStatementTests {
    @Test func statementShowsEveryDIGGField() async throws {
        let (report, folder) = try await publishingBank(statement: completeStatement).build()
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() })")
        let tree = SiteTesting.readTree(folder + "/site")
        let page = try #require(tree["tillganglighet/index.html"])
        for expected in [
            "<title>Tillgänglighetsredogörelse – Testbank</title>",
            "<h1>Tillgänglighetsredogörelse</h1>",
            "Testkommunen står bakom den här webbplatsen",
            #"<a href="https://www.example.se/testbank/">https://www.example.se/testbank/</a>"#,
            "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service",
            "Vi har bedömt webbplatsen mot WCAG 2.1 nivå AA.",
            "<h3>Bristande förenlighet med lagkraven</h3>",
            "<li>Tabellerna saknar förklaringar. <strong>Alternativ:</strong> Ring oss så förklarar vi.</li>",
            "<h3>Innehåll som inte omfattas av lagstiftningen</h3>",
            "Så har vi bedömt webbplatsen: Självskattning",
            "Senaste bedömningen gjordes den 20 november 2026.",
            "Webbplatsen publicerades den 31 mars 2014.",
            "Redogörelsen uppdaterades senast den 25 november 2026.",
            #"<a href="mailto:info@example.se">info@example.se</a>"#,
            #"<a href="tel:012345678">0123-456 78</a>"#,
            "Vi svarar normalt inom tre arbetsdagar.",
            #"<a href="https://www.digg.se/tdosanmalan">"#,
            "<h2>Tillsyn</h2>",
        ] {
            #expect(page.contains(expected), "\(expected)")
        }
        let method = try #require(tree["metoder/kartlaggning/index.html"])
        #expect(method.contains(#"<a href="../../tillganglighet/index.html">Tillgänglighetsredogörelse</a>"#))
        #expect(tree["404.html"]?.contains("Tillgänglighetsredogörelse") == false, "404-sidan utan bas-url har inga länkar")
    }

    @Test(arguments: [
        ("  standard: WCAG 2.1 nivå AA\n", "tillgänglighetsredogörelsen saknar standard"),
        ("  efterlevnad: delvis\n", "tillgänglighetsredogörelsen saknar efterlevnad"),
        ("  adress: https://www.example.se/testbank/\n", "tillgänglighetsredogörelsen saknar adress"),
        ("    metod: Självskattning\n", "tillgänglighetsredogörelsen saknar bedomning: metod"),
        ("  senast-uppdaterad: \"2026-11-25\"\n", "tillgänglighetsredogörelsen saknar senast-uppdaterad"),
        ("    e-post: info@example.se\n    telefon: 0123-456 78\n", "kontakt behöver e-post eller telefon"),
    ])
    func missingRequiredFieldFailsTheBuild(removed: String, message: String) async throws {
        #expect(completeStatement.contains(removed))
        let statement = completeStatement.replacingOccurrences(of: removed, with: "")
        let (report, folder) = try await publishingBank(statement: statement).build()
        let problem = try #require(report.diagnostics.first { $0.message == message }, "\(report.diagnostics.map(\.message))")
        #expect(problem.severity == .error)
        #expect(problem.location.file.hasSuffix("content/kunskapsbank.yml"))
        #expect(problem.location.line > 20)
        #expect(!report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/index.html"))
    }

    @Test func partialComplianceWithoutShortcomingsIsAnError() async throws {
        let statement = completeStatement.replacingOccurrences(
            of: completeStatement[completeStatement.range(of: "  brister:")!.lowerBound..<completeStatement.range(of: "  bedomning:")!.lowerBound],
            with: "")
        let (report, _) = try await publishingBank(statement: statement).build()
        #expect(report.diagnostics.contains { $0.message == "efterlevnad är delvis men inga brister är beskrivna" })
    }

    @Test func misspelledValueGetsANearestMatch() async throws {
        let statement = completeStatement.replacingOccurrences(of: "efterlevnad: delvis", with: "efterlevnad: delvist")
        let (report, _) = try await publishingBank(statement: statement).build()
        let problem = try #require(report.diagnostics.first { $0.rule == "statement.invalid" })
        #expect(problem.message == "okänt värde \"delvist\" för efterlevnad")
        #expect(problem.hint == "menade du \"delvis\"?")
    }

    /// The site's `senast-uppdaterad` is 2026-11-25: one year earlier is still fine, a day more is not.
    @Test(arguments: [("2025-11-25", false), ("2025-11-24", true), ("2024-01-01", true), ("2026-11-20", false)])
    func oldAssessmentWarnsAgainstTheConfiguredDate(date: String, warns: Bool) async throws {
        let statement = completeStatement.replacingOccurrences(of: "datum: \"2026-11-20\"", with: "datum: \"\(date)\"")
        let (report, _) = try await publishingBank(statement: statement).build()
        let warning = report.diagnostics.first { $0.rule == "statement.old-assessment" }
        #expect((warning != nil) == warns)
        #expect(warning.map { $0.severity == .warning } ?? true)
        #expect(report.wroteOutput)
    }

    @Test func handWrittenStatementBesideTheConfiguredOneIsAnError() async throws {
        let files = publishingPages + "\n-- content/tillganglighet.md --\n---\ntitel: Tillgänglighet\n---\nText.\n"
        let (report, _) = try await publishingBank(statement: completeStatement, files: files).build()
        let problem = try #require(report.diagnostics.first { $0.rule == "statement.duplicate" })
        #expect(problem.location.file.hasSuffix("content/tillganglighet.md"))
    }

    @Test func driveStatementIsGeneratedFromItsConfiguration() async throws {
        let (report, tree) = try await DriveBankTests.buildDrive(parallel: true)
        #expect(!report.diagnostics.contains { $0.rule.hasPrefix("statement.") }, "\(report.diagnostics.map { $0.formatted() })")
        let page = try #require(tree["tillganglighet/index.html"])
        #expect(page.contains("Nybro kommun står bakom den här webbplatsen"))
        #expect(page.contains("https://www.digg.se/tdosanmalan"))
        #expect(tree["om-webbplatsen/index.html"]?.contains("personuppgiftsansvarig") == true)
        #expect(tree["index.html"]?.contains(#"<a href="om-webbplatsen/index.html">Om webbplatsen</a>"#) == true)
    }
}
