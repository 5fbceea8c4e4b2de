import SiteCore
import Testing

/// Rule 5 on small banks: every combination of quasi-identifiers shown must be shared by k cases.
@Suite struct KAnonymityTests {
    static let identifiers = """
        integritet:
          kvasi-identifierare: { kommun: varde, inskriven: ar }
        """

    func cases(_ rows: [(String, String, String)]) -> String {
        rows.map { name, kommun, inskriven in
            PrivacyBank.casePage(name, frontMatter: "kommun: \(kommun)\ninskriven: \"\(inskriven)\"")
        }.joined(separator: "\n")
    }

    @Test func aCombinationSharedByFewerThanKCasesIsAnErrorNamingThem() async throws {
        let result = try await PrivacyBank.build(cases([
            ("a", "nybro", "2012-03"), ("b", "nybro", "2012-09"), ("c", "nybro", "2012-11"),
            ("d", "emmaboda", "2012-05"), ("e", "emmaboda", "2013-01"),
        ]), integritet: Self.identifiers)
        let found = result.privacy.filter { $0.rule == "integritet.k-anonymitet" }
        #expect(found.map { $0.location.file.split(separator: "/").last ?? "" } == ["d.md", "e.md"])
        let d = try #require(found.first)
        #expect(d.location.line == 4, "the line of kommun, the first quasi-identifier")
        #expect(d.message.contains("Kommun: Emmaboda, Inskriven: 2012"), "\(d.message)")
        #expect(d.message.contains("1 fallbeskrivning (d)"))
        #expect(d.message.contains("minst 3"))
        #expect(d.hint?.contains("kommun (gruppen blir då 4 fall)") == true, "\(d.hint ?? "")")
        #expect(d.hint?.contains("inskriven") == false, "hiding the year alone leaves d with e: 2 cases")
        #expect(!result.report.succeeded)
    }

    @Test func monthsAreComparedAtTheConfiguredGranularityAndPublishedSo() async throws {
        let rows = [("a", "nybro", "2012-03"), ("b", "nybro", "2012-09"), ("c", "nybro", "2012-11")]
        let byYear = try await PrivacyBank.build(cases(rows), integritet: Self.identifiers, writeOutput: true)
        #expect(byYear.report.succeeded, "\(byYear.report.diagnostics.map { $0.formatted() })")
        #expect(byYear.privacy.isEmpty)
        let page = try #require(byYear.output["fall/a/index.html"])
        #expect(page.contains("2012"))
        #expect(!page.contains("mars 2012"), "the case page shows only the year it was checked at")

        let byMonth = try await PrivacyBank.build(
            cases(rows), integritet: "integritet:\n  kvasi-identifierare: { kommun: varde, inskriven: varde }")
        let found = byMonth.privacy.filter { $0.rule == "integritet.k-anonymitet" }
        #expect(found.count == 3)
        #expect(found.first?.hint?.contains("inskriven: ar eller inskriven: dold under integritet: kvasi-identifierare") == true, "\(found.first?.hint ?? "")")
    }

    @Test func hiddenFieldsLeaveTheCasePageAndTheGrouping() async throws {
        let rows = [("a", "nybro", "2012-03"), ("b", "nybro", "2013-09"), ("c", "nybro", "2012-11")]
        let hidden = try await PrivacyBank.build(
            cases(rows), integritet: "integritet:\n  kvasi-identifierare: { kommun: varde, inskriven: dold }", writeOutput: true)
        #expect(hidden.report.succeeded, "\(hidden.report.diagnostics.map { $0.formatted() })")
        let page = try #require(hidden.output["fall/b/index.html"])
        #expect(!page.contains("2013"), "a hidden field is not shown at all")
    }

    @Test(arguments: [(2, 0), (3, 2), (4, 5)])
    func kIsConfigurable(k: Int, errors: Int) async throws {
        let result = try await PrivacyBank.build(cases([
            ("a", "nybro", "2012-03"), ("b", "nybro", "2012-09"), ("c", "nybro", "2012-11"),
            ("d", "emmaboda", "2012-05"), ("e", "emmaboda", "2012-01"),
        ]), integritet: Self.identifiers + "\n  k: \(k)")
        #expect(result.privacy.count { $0.rule == "integritet.k-anonymitet" } == errors)
    }

    @Test func withoutQuasiIdentifiersNothingIsGrouped() async throws {
        let result = try await PrivacyBank.build(cases([("a", "nybro", "2012-03")]))
        #expect(result.privacy.isEmpty, "\(result.privacy.map { $0.formatted() })")
    }

    @Test func unknownFieldsAndGranularitiesAreConfigurationErrors() async throws {
        let result = try await PrivacyBank.build(
            cases([("a", "nybro", "2012-03")]),
            integritet: "integritet:\n  kvasi-identifierare: { komun: varde, inskriven: vecka }\n  k: noll")
        let found = result.privacy.filter { $0.rule == "integritet.config" }
        #expect(found.count == 3, "\(found.map { $0.formatted() })")
        #expect(found.contains { $0.hint == "menade du \"kommun\"?" })
        #expect(found.allSatisfy { $0.location.file.hasSuffix("content/kunskapsbank.yml") && $0.severity == .error })
    }
}
