import Content
import Foundation
import SiteCore
import Testing

@Suite struct FrontMatterTests {
    @Test func bodyAndLineOffsetFollowTheClosingLine() throws {
        let bank = TemporaryBank([
            "metoder/a.md": "---\ntitel: Kartläggning\nsammanfattning: Så börjar vi.\n---\n# Syfte\n",
            "metoder/b.md": "---\ntitel: B\n...\nText.\n",
        ])
        let loaded = bank.load()
        let page = try #require(loaded.page("metoder/a.md"))
        #expect(page.title == "Kartläggning")
        #expect(page.summary == "Så börjar vi.")
        #expect(page.body == "# Syfte\n")
        #expect(page.bodyLineOffset == 4)
        #expect(page.fields.map(\.location.line) == [2, 3])
        #expect(page.fields.first?.location == SourceLocation(file: bank.path("metoder/a.md"), line: 2, column: 1))
        #expect(loaded.page("metoder/b.md")?.body == "Text.\n")
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func monthsAndDatesStayCalendarValues() throws {
        let bank = TemporaryBank(["fall/a.md": TestConfig.casePage("inskriven: 2012-03", "avslutad: 2014-03-31")])
        let page = try #require(bank.load().page("fall/a.md"))
        #expect(page.value("inskriven") == .month(year: 2012, month: 3))
        #expect(page.value("avslutad") == .date(year: 2014, month: 3, day: 31))
        #expect(page.value("utfall") == .choice(key: "arbete", label: "Arbete"))
    }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var rule: String
        var line: Int
        var column: Int
        var hint: String?
        var description: String { rule }
    }

    @Test(arguments: [
        Case(text: "# Bara text\n", rule: "front-matter.missing", line: 1, column: 1, hint: "titel: Sidans titel"),
        Case(text: "---\ntitel: A\nText\n", rule: "front-matter.unclosed", line: 1, column: 1, hint: "---"),
        Case(text: "---\ntitel: A\nsammanfattning: Steg 1: start\n---\n", rule: "front-matter.yaml", line: 3, column: 23,
            hint: "citattecken"),
        Case(text: "---\ntitel: A\ntitel: B\n---\n", rule: "front-matter.yaml", line: 2, column: 1, hint: nil),
        Case(text: "---\n- titel\n---\n", rule: "front-matter.not-mapping", line: 2, column: 1, hint: "titel:"),
        Case(text: "---\n---\nText\n", rule: "front-matter.missing-field", line: 1, column: 1, hint: "titel: Sidans titel"),
    ])
    func frontMatterProblemIsReportedAtItsFileLine(test: Case) throws {
        let bank = TemporaryBank(["metoder/sida.md": test.text])
        let loaded = bank.load()
        let diagnostic = try #require(loaded.diagnostics.first, "no diagnostic")
        #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics)")
        #expect(diagnostic.rule == test.rule)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: bank.path("metoder/sida.md"), line: test.line, column: test.column))
        if let hint = test.hint { #expect(diagnostic.hint?.contains(hint) == true, "\(diagnostic.hint ?? "")") }
        #expect(loaded.page("metoder/sida.md") != nil)
    }

    @Test func missingFrontMatterHintShowsTheSectionsRequiredFields() throws {
        let bank = TemporaryBank(["fall/a.md": "Text\n"])
        let hint = try #require(bank.load().diagnostics.first?.hint)
        #expect(hint == "börja filen med:\n---\ntitel: Sidans titel\nutfall: arbete\n---")
    }

    @Test func aliasExpansionIsRefused() throws {
        var lines = ["---", "titel: A", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...6 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let bank = TemporaryBank(["metoder/bomb.md": (lines + ["---", ""]).joined(separator: "\n")])
        let loaded = bank.load()
        #expect(loaded.diagnostics.map(\.rule) == ["front-matter.too-large"])
        #expect(loaded.diagnostics.first?.location.line == 2)
    }
}
