import Content
import Foundation
import SiteCore
import Testing

@Suite struct SchemaTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var path: String
        var text: String
        var rule: String
        var line: Int
        var column: Int
        var hint: String?
        var message: String?
        var description: String { name }
    }

    static let step = "---\ntitel: Praktik\nordning: 3\n---\n"

    @Test(arguments: [
        Case(name: "unknown key", path: "fall/a.md", text: TestConfig.casePage("utfal: arbete"),
            rule: "front-matter.unknown-key", line: 4, column: 1, hint: "menade du \"utfall\"?"),
        Case(name: "missing required", path: "fall/a.md", text: "---\ntitel: A\n---\n",
            rule: "front-matter.missing-field", line: 1, column: 1, hint: "lägg till en rad, till exempel utfall: arbete",
            message: "\"utfall\" saknas (val: arbete, aktivitetsersattning)"),
        Case(name: "null required", path: "fall/a.md", text: "---\ntitel: A\nutfall:\n---\n",
            rule: "front-matter.missing-value", line: 3, column: 1),
        Case(name: "number not a number", path: "trappan/a.md", text: "---\ntitel: A\nordning: tre\n---\n",
            rule: "front-matter.wrong-type", line: 3, column: 10),
        Case(name: "number too large", path: "trappan/a.md", text: "---\ntitel: A\nordning: 7\n---\n",
            rule: "front-matter.out-of-range", line: 3, column: 10, message: "minst 1 och högst 5, inte 7"),
        Case(name: "month 13", path: "fall/a.md", text: TestConfig.casePage("inskriven: 2012-13"),
            rule: "front-matter.wrong-type", line: 4, column: 12, hint: "till exempel inskriven: 2012-03"),
        Case(name: "month without zero", path: "fall/a.md", text: TestConfig.casePage("inskriven: 2012-3"),
            rule: "front-matter.wrong-type", line: 4, column: 12),
        Case(name: "30 february", path: "fall/a.md", text: TestConfig.casePage("avslutad: 2014-02-30"),
            rule: "front-matter.wrong-type", line: 4, column: 11),
        Case(name: "scalar given a list", path: "fall/a.md", text: "---\ntitel: A\nutfall: [arbete]\n---\n",
            rule: "front-matter.wrong-type", line: 3, column: 9),
        Case(name: "list given a map", path: "metoder/a.md", text: "---\ntitel: A\nkommun: { nybro: ja }\n---\n",
            rule: "front-matter.wrong-type", line: 3, column: 9),
        Case(name: "choice label", path: "fall/a.md", text: "---\ntitel: A\nutfall: Aktivitetsersättning\n---\n",
            rule: "front-matter.invalid-choice", line: 3, column: 9, hint: "menade du \"aktivitetsersattning\"?",
            message: "tillåtna är: arbete, aktivitetsersattning"),
        Case(name: "choice typo in list", path: "metoder/a.md", text: "---\ntitel: A\nkommun: [nybro, emaboda]\n---\n",
            rule: "front-matter.invalid-choice", line: 3, column: 17, hint: "menade du \"emmaboda\"?"),
        Case(name: "broken reference", path: "fall/a.md", text: TestConfig.casePage("startsteg: praktk"),
            rule: "front-matter.broken-reference", line: 4, column: 12, hint: "menade du \"praktik\"?"),
        Case(name: "broken reference in list", path: "metoder/a.md", text: "---\ntitel: A\nsteg:\n  - praktik\n  - arbetstraning\n---\n",
            rule: "front-matter.broken-reference", line: 5, column: 5, hint: "sidor i trappan: praktik"),
        Case(name: "root page field", path: "om.md", text: "---\ntitel: Om\nutfall: arbete\n---\n",
            rule: "front-matter.unknown-key", line: 3, column: 1),
    ])
    func schemaViolationIsAnErrorAtItsLine(test: Case) throws {
        let bank = TemporaryBank([test.path: test.text, "trappan/praktik.md": Self.step])
        let loaded = bank.load()
        let diagnostic = try #require(loaded.diagnostics.first, "no diagnostic")
        #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics)")
        #expect(diagnostic.rule == test.rule)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: bank.path(test.path), line: test.line, column: test.column))
        if let hint = test.hint { #expect(diagnostic.hint == hint) }
        if let message = test.message { #expect(diagnostic.message.contains(message), "\(diagnostic.message)") }
        #expect(diagnostic.sourceLine != nil)
        // The quoted line is the file's line the diagnostic names.
        let lines = test.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(diagnostic.sourceLine == String(lines[test.line - 1]))
    }

    @Test(arguments: [
        ("kommun: nybro", FieldValue.list([.choice(key: "nybro", label: "Nybro")])),
        ("kommun: [nybro, emmaboda]", .list([.choice(key: "nybro", label: "Nybro"), .choice(key: "emmaboda", label: "Emmaboda")])),
        ("steg: praktik", .list([.reference(section: "trappan", slug: "praktik")])),
        ("steg: [trappan/praktik]", .list([.reference(section: "trappan", slug: "praktik")])),
        ("sammanfattning: '2012'", .text("2012")),
    ])
    func validValueIsDecodedByItsFieldType(line: String, expected: FieldValue) throws {
        let bank = TemporaryBank(["metoder/a.md": "---\ntitel: A\n\(line)\n---\n", "trappan/praktik.md": Self.step])
        let loaded = bank.load()
        let page = try #require(loaded.page("metoder/a.md"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(page.fields.last?.value == expected)
        #expect(loaded.page("trappan/praktik.md")?.value("ordning") == .number(3))
    }

    @Test func fieldsFollowSchemaOrderNotFileOrder() throws {
        let text = "---\navslutad: 2013-06-30\nutfall: arbete\ntitel: A\ninskriven: 2012-03\n---\n"
        let bank = TemporaryBank(["fall/a.md": text])
        let page = try #require(bank.load().page("fall/a.md"))
        #expect(page.fields.map(\.key) == ["titel", "utfall", "inskriven", "avslutad"])
        #expect(page.fields.map(\.location.line) == [4, 3, 5, 2])
    }
}
