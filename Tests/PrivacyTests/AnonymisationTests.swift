import SiteCore
import Testing

/// Rule 4: every case learning says how it was anonymised, whatever the schema says.
@Suite struct AnonymisationTests {
    static let looseSchema = """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          beskrivning: Tester.
          organisation: Testkommunen
          sprak: sv
        sektioner:
          - mapp: berattelser
            mall: fall
            namn: Berättelser
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              anonymisering: { etikett: Anonymisering, typ: text }
        """

    func build(_ frontMatter: String) async throws -> [Diagnostic] {
        let site = Self.looseSchema + "\n-- content/berattelser/a.md --\n---\ntitel: Alfa\n\(frontMatter)\n---\nText.\n"
        let report = try await SiteTestingBuild.build(site)
        return report.diagnostics
    }

    @Test(arguments: [
        ("", 1), ("anonymisering: annan", 3), ("anonymisering: \"\"", 0),
    ])
    func caseWithoutAnAllowedAnonymisationIsAnError(frontMatter: String, line: Int) async throws {
        let found = try await build(frontMatter).filter { $0.rule == "integritet.anonymisering-saknas" }
        #expect(found.count == 1, "\(found.map { $0.formatted() })")
        #expect(found.first?.severity == .error)
        if line > 0 { #expect(found.first?.location.line == line) }
    }

    @Test(arguments: ["sammansatt", "samtycke", "fiktiv"])
    func allowedAnonymisationPasses(value: String) async throws {
        let found = try await build("anonymisering: \(value)").filter { $0.rule.hasPrefix("integritet.") }
        #expect(found.isEmpty)
    }

    @Test func requiredSchemaFieldIsReportedOnceByTheContentStage() async throws {
        let result = try await PrivacyBank.build("-- content/fall/a.md --\n---\ntitel: Alfa\n---\nText.\n")
        let rules = result.report.diagnostics.map(\.rule).filter { $0 != "link.orphan" && $0 != "publish.no-base-url" }
        #expect(rules == ["front-matter.missing-field"], "\(result.report.diagnostics.map { $0.formatted() })")
        #expect(result.report.diagnostics.first?.message.contains("anonymisering") == true)
        #expect(!result.report.succeeded)
    }
}

import SiteBuilder
import SiteTesting

enum SiteTestingBuild {
    static func build(_ site: String) async throws -> BuildReport {
        try await InlineSite(site).build(writeOutput: false).report
    }
}
