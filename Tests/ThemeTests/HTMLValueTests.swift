import Testing
@testable import Theme

/// Already-rendered HTML carried as bytes (`TemplateValue.html`): printed as it is by `{{{x}}}` and
/// `{{&x}}`, escaped like text by `{{x}}`, and otherwise the text it decodes to. swift-mustache,
/// given that text, must render the same bytes.
@Suite struct HTMLValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var template: String
        var view: TemplateView
        var expected: String
        var testDescription: String { name }
    }

    static let body: TemplateValue = .html(Array("<p>Å & \"ö\" 'x'</p>\n".utf8))

    static let cases: [Case] = [
        Case(name: "raw with three braces and with an ampersand", template: "{{{b}}}|{{&b}}", view: TemplateView(["b": body]),
             expected: "<p>Å & \"ö\" 'x'</p>\n|<p>Å & \"ö\" 'x'</p>\n"),
        Case(name: "escaped like text with two braces", template: "{{b}}", view: TemplateView(["b": body]),
             expected: "&lt;p&gt;Å &amp; &quot;ö&quot; &#39;x&#39;&lt;/p&gt;\n"),
        Case(name: "a section pushes it and the dot prints it", template: "{{#b}}[{{{.}}}]{{/b}}{{^b}}ingen{{/b}}",
             view: TemplateView(["b": .html(Array("<i>i</i>".utf8))]), expected: "[<i>i</i>]"),
        Case(name: "empty bytes leave the key out", template: "{{#b}}ja{{/b}}{{^b}}nej{{/b}}{{{b}}}",
             view: TemplateView(["b": .html([])]), expected: "nej"),
        Case(name: "nested in an object and a list, read with dotted names",
             template: "{{{page.bodyHTML}}}|{{#items}}{{{.html}}}{{/items}}",
             view: TemplateView([
                 "page": TemplateView(["bodyHTML": .html(Array("<b>B</b>".utf8))]).value,
                 "items": .list([TemplateView(["html": .html(Array("<u>1</u>".utf8))]).value,
                                 TemplateView(["html": .html(Array("<u>2</u>".utf8))]).value]),
             ]),
             expected: "<b>B</b>|<u>1</u><u>2</u>"),
        Case(name: "text transforms see the decoded text",
             template: "{{uppercased(b)}}|{{#empty(b)}}tom{{/empty(b)}}{{^empty(b)}}inte tom{{/empty(b)}}",
             view: TemplateView(["b": .html(Array("<å>".utf8))]), expected: "&lt;Å&gt;|inte tom"),
        Case(name: "a list holding HTML prints its text", template: "{{l}}", view: TemplateView(["l": .list([.html(Array("a<".utf8))])]),
             expected: "[&quot;a&lt;&quot;]"),
        Case(name: "broken UTF-8 is printed as decoded by both", template: "{{{b}}}|{{b}}",
             view: TemplateView(["b": .html([0x61, 0xFF, 0x62])]), expected: "a\u{FFFD}b|a\u{FFFD}b"),
    ]

    @Test(arguments: cases)
    func rendersAsSwiftMustacheRendersItsText(_ testCase: Case) async throws {
        let theme = try await CompiledTemplateTests.theme(["sida": testCase.template])
        #expect(theme.render("sida", testCase.view) == testCase.expected)
        #expect(theme.renderWithReference("sida", testCase.view.dictionary) == testCase.expected)
    }

    /// The bytes entry point gives the bytes the `String` one gives, for every hand-written case.
    @Test(arguments: CompiledTemplateTests.cases)
    func bytesAreTheStringsBytes(_ testCase: CompiledTemplateTests.Case) async throws {
        let theme = try await CompiledTemplateTests.theme(testCase.templates)
        let view = TemplateView(converting: testCase.view())
        #expect(theme.renderBytes("sida", view) == Array(testCase.expected.utf8))
        #expect(theme.renderBytes("saknas", view) == nil)
    }
}

/// The object behind a view: keys unique, nil removes, empty text is left out.
@Suite struct TemplateObjectTests {
    @Test func settingAKeyAgainReplacesItAndNilRemovesIt() {
        var view = TemplateView(["a": .text("1"), "b": .int(2), "a": .text("3")])
        #expect(view.object.count == 2)
        #expect(view["a"].map { TemplateValue.list([$0]).description } == "[\"3\"]")
        view["b"] = nil
        view["c"] = .text("")
        view["d"] = .html([])
        #expect(view.object.keys == ["a"])
        #expect(view.dictionary.keys.sorted() == ["a"])
    }

    @Test(arguments: ["", "a", "page", "backlinkGroups", "accessibilityURL", "å-ä.ö", String(repeating: "x", count: 40)])
    func aKeyIsFoundByItsNameAmongOthers(key: String) {
        var object = TemplateObject()
        for other in ["title", "url", "summary", "page", "nav"] where other != key { object[other] = .text(other) }
        object[key] = .int(7)
        guard case .int(7)? = object[key] else {
            Issue.record("\(key) not found")
            return
        }
        #expect(object[key + "x"] == nil)
        #expect(object.count == (["title", "url", "summary", "page", "nav"].contains(key) ? 5 : 6))
    }
}
