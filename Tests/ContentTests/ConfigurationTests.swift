import Content
import Foundation
import SiteCore
import Testing

@Suite struct ConfigurationTests {
    @Test func realConfigurationDeclaresTheSevenDRIVESections() throws {
        let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("content/kunskapsbank.yml"), encoding: .utf8)
        let bank = TemporaryBank(["kunskapsbank.yml": text])
        // Top-level sections that later stages read (SiteBuilder.configExtensionKeys).
        let loaded = bank.load(otherConfigKeys: ["relationer", "regler", "integritet", "statistik", "tillganglighet"])

        #expect(loaded.diagnostics.isEmpty)
        let config = try #require(loaded.config)
        #expect(config.sections.map(\.folder) == ["projekt", "trappan", "metoder", "fall", "aktorer", "begrepp", "sidor"])
        #expect(config.extensions["tillganglighet"]?["efterlevnad"]?.scalar == "delvis")
        let outcome = try #require(config.section("fall")?.field("utfall"))
        #expect(outcome.type == .choice)
        #expect(outcome.required)
        #expect(outcome.choices.count == 6)
        #expect(outcome.choices.first == Choice(key: "arbete", label: "Arbete"))
        #expect(config.section("trappan")?.sortOrder == .order)
        #expect(config.section("trappan")?.field("ordning")?.max == 5)
        #expect(config.section("sidor")?.inNavigation == false)
        #expect(config.section("metoder")?.field("steg")?.referenceSection == "trappan")
        #expect(config.site.language == "sv")
        #expect(config.site.baseURL == "https://www.nybro.se/kunskapsbank/drive/")
        #expect(config.site.published == "2014-03-31")
        #expect(config.site.theme == "default")
    }

    @Test func missingConfigurationIsAnErrorWithInitHint() throws {
        let bank = TemporaryBank(["metoder/a.md": "---\ntitel: A\n---\n"], withConfig: false)
        let loaded = bank.load()

        #expect(loaded.config == nil)
        #expect(loaded.pages.isEmpty)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.rule == "config.missing")
        #expect(diagnostic.location == SourceLocation(file: bank.path("kunskapsbank.yml"), line: 1, column: 1))
        #expect(diagnostic.hint?.contains("kunskapsbank init") == true)
    }

    @Test func displayPathsStartWithTheFolderAsGiven() {
        let loaded = ContentLoader(contentFolder: "no-such-folder/").load()
        #expect(loaded.diagnostics.map(\.location.description) == ["no-such-folder/kunskapsbank.yml:1:1"])
    }

    struct Problem: Sendable, CustomStringConvertible {
        var yaml: String
        var rule: String
        var line: Int
        var column: Int
        var hint: String?
        var usable: Bool
        var description: String { rule }
    }

    static let header = "webbplats:\n  titel: T\nsektioner:\n  - mapp: metoder\n"

    @Test(arguments: [
        Problem(yaml: "webbplats:\n  titel: [T\n", rule: "config.yaml", line: 3, column: 1, usable: false),
        Problem(yaml: "- a\n- b\n", rule: "config.wrong-type", line: 1, column: 1, usable: false),
        Problem(yaml: header + "    sorteing: titel\n", rule: "config.unknown-key", line: 5, column: 5,
            hint: "menade du \"sortering\"?", usable: true),
        Problem(yaml: header + "    sortering: alfabetisk\n", rule: "config.wrong-value", line: 5, column: 16, usable: true),
        Problem(yaml: header + "    i-navigering: kanske\n", rule: "config.wrong-type", line: 5, column: 19, usable: true),
        Problem(yaml: header + "    falt:\n      datum: { typ: datm }\n", rule: "config.unknown-type", line: 6, column: 21,
            hint: "menade du \"datum\"?", usable: true),
        Problem(yaml: header + "    falt:\n      steg: { typ: lista, referens: trapan }\n", rule: "config.unknown-section",
            line: 6, column: 37, hint: "sektionerna är: metoder", usable: true),
        Problem(yaml: header + "    falt:\n      s: { typ: val }\n", rule: "config.missing-key", line: 6, column: 7,
            usable: true),
        Problem(yaml: "webbplats:\n  titel: T\n  publicerad: 2014-13-01\nsektioner: []\n", rule: "config.wrong-type",
            line: 3, column: 15, usable: true),
        Problem(yaml: "webbplats:\n  titel: T\n", rule: "config.missing-key", line: 1, column: 1, usable: false),
        Problem(yaml: header + "  - mapp: Mina Metoder\n", rule: "config.section-folder", line: 5, column: 11, usable: true),
    ])
    func configurationProblemIsReportedAtItsLine(problem: Problem) throws {
        let bank = TemporaryBank(["kunskapsbank.yml": problem.yaml])
        let loaded = bank.load()

        let diagnostic = try #require(loaded.diagnostics(problem.rule).first, "\(loaded.diagnostics)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: bank.path("kunskapsbank.yml"), line: problem.line, column: problem.column))
        if let hint = problem.hint { #expect(diagnostic.hint == hint) }
        #expect((loaded.config != nil) == problem.usable)
    }

    @Test func titleIsAlwaysARequiredField() throws {
        let bank = TemporaryBank(["kunskapsbank.yml": Self.header + "    falt:\n      titel: { typ: text }\n  - mapp: sidor\n"])
        let config = try #require(bank.load().config)
        #expect(config.section("metoder")?.field("titel")?.required == true)
        #expect(config.section("sidor")?.fields.map(\.key) == ["titel"])
    }
}
