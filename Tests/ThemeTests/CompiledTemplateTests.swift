import Testing
import SiteCore
@testable import Theme

/// The compiled renderer on small hand-written themes: each construct of the themes README and
/// Mustache's standalone-line rules, with the expected bytes written out by hand. Every case is also
/// rendered by swift-mustache, which must agree byte for byte.
@Suite struct CompiledTemplateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Template name → text; the case renders `sida`.
        var templates: [String: String]
        var view: @Sendable () -> [String: Any]
        var expected: String

        var testDescription: String { name }

        init(_ name: String, _ templates: [String: String], view: @escaping @Sendable () -> [String: Any] = { [:] }, _ expected: String) {
            self.name = name
            self.templates = templates
            self.view = view
            self.expected = expected
        }

        init(_ name: String, _ sida: String, view: @escaping @Sendable () -> [String: Any] = { [:] }, _ expected: String) {
            self.init(name, ["sida": sida], view: view, expected)
        }
    }

    static let nav: @Sendable () -> [String: Any] = {
        ["nav": [["title": "A", "url": "a.html"], ["title": "B", "url": "b.html"]], "tom": [[String: Any]](), "n": 0]
    }

    static let cases: [Case] = [
        Case("escaping", "{{x}}|{{{x}}}|{{&x}}", view: { ["x": "<a href=\"x\">&'"] },
             "&lt;a href=&quot;x&quot;&gt;&amp;&#39;|<a href=\"x\">&'|<a href=\"x\">&'"),
        Case("dotted names and the enclosing objects", "{{#page}}{{title}}/{{site.title}}{{/page}}",
             view: { ["page": ["title": "P"], "site": ["title": "S"]] }, "P/S"),
        Case("a leading dot reads only the current item", "{{#items}}[{{#.summary}}{{.}}{{/.summary}}|{{summary}}]{{/items}}",
             view: { ["summary": "ROT", "items": [["summary": "a"], [:]]] }, "[a|a][|ROT]"),
        Case("a list of texts and the dot", "{{#tags}}<{{.}}>{{/tags}}", view: { ["tags": ["a", "b&c"]] }, "<a><b&amp;c>"),
        Case("booleans and inverted sections", "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}",
             view: { ["yes": true, "no": false] }, "Y!N"),
        Case("empty strings and nil are dropped", "{{#summary}}S{{/summary}}{{^summary}}tom{{/summary}}{{^saknas}}-{{/saknas}}",
             view: { ["summary": "", "saknas": String?.none as Any] }, "tom-"),
        Case("an empty list is false, zero is a value", "{{^tom}}inga{{/tom}}{{#tom}}x{{/tom}}{{#n}}n={{.}}{{/n}}{{flag}}",
             view: { ["tom": [String](), "n": 0, "flag": true] }, "ingan=0true"),
        Case("transforms first, last, count, empty, reversed",
             "{{#first(nav)}}<nav>{{#nav}}{{title}}{{/nav}}</nav>{{/first(nav)}}{{#first(tom)}}X{{/first(tom)}}"
                 + "{{#last(nav)}}{{title}}{{/last(nav)}}{{count(nav)}}{{#empty(tom)}}E{{/empty(tom)}}"
                 + "{{#reversed(nav)}}{{title}}{{/reversed(nav)}}",
             view: nav, "<nav>AB</nav>B2EBA"),
        Case("first pushes the first item", "{{#first(nav)}}{{url}}{{/first(nav)}}", view: nav, "a.html"),
        Case("text and number transforms", "{{uppercased(t)}} {{lowercased(t)}} {{plusone(n)}} {{#even(n)}}jämnt{{/even(n)}}",
             view: { ["t": "Åsa", "n": 0] }, "ÅSA åsa 1 jämnt"),
        Case("position in a list", "{{#nav}}{{title}}{{^last()}}, {{/last()}}{{/nav}} {{#nav}}{{plusone(index())}}{{/nav}}",
             view: nav, "A, B 12"),
        Case("standalone comment and section lines vanish", "a\n{{! kommentar }}\n  {{#yes}}\n  b\n  {{/yes}}\nc {{#yes}}d{{/yes}} \n",
             view: { ["yes": true] }, "a\n  b\nc d \n"),
        Case("windows line ends", "a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", view: { ["yes": true] }, "a\r\nb\r\n"),
        Case("a standalone partial is indented line by line",
             ["sida": "<ul>\n  {{>rad}}\n</ul>\n", "rad": "<li>{{a}}</li>\n<li>b</li>\n"], view: { ["a": "x"] },
             "<ul>\n  <li>x</li>\n  <li>b</li>\n</ul>\n"),
        Case("an inline partial is not indented", ["sida": "<p>{{>ord}}</p>\n", "ord": "a\nb"], "<p>a\nb</p>\n"),
        Case("a parent with a block and a default",
             ["bas": "<title>{{$titel}}Standard{{/titel}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n",
              "sida": "{{<bas}}\n{{$main}}\n<p>{{text}}</p>\n{{/main}}\n{{/bas}}\n"],
             // The block's tags share a line in `bas`, so that line's break stays after the override.
             view: { ["text": "T"] }, "<title>Standard</title>\n<main>\n<p>T</p>\n\n</main>\n"),
        Case("a block inside a partial takes the page's override",
             ["bas": "{{>rubrik}}", "rubrik": "<h2>{{$rubrik}}Allmän{{/rubrik}}</h2>",
              "sida": "{{<bas}}{{$rubrik}}Särskild{{/rubrik}}{{/bas}}"],
             "<h2>Särskild</h2>"),
        Case("the outermost override wins",
             ["bas": "[{{$b}}bas{{/b}}]", "mitt": "{{<bas}}{{$b}}mitt{{/b}}{{/bas}}", "sida": "{{<mitt}}{{$b}}sida{{/b}}{{/mitt}}"],
             "[sida]"),
        Case("a list printed as a value", "{{lista}}", view: { ["lista": ["a", 1]] }, "[&quot;a&quot;, 1]"),
    ]

    @Test(arguments: cases)
    func rendersTheHandWrittenOutput(_ testCase: Case) async throws {
        let theme = try await Self.theme(testCase.templates)
        let view = testCase.view()
        #expect(theme.render("sida", view) == testCase.expected)
        #expect(theme.renderWithReference("sida", view) == testCase.expected)
    }

    @Test(arguments: [
        // (tag on line 2, column 3, message)
        ("{{=<% %>=}}", "byte av avgränsare ({{=<% %>=}}) stöds inte"),
        ("{{% CONTENT_TYPE: TEXT }}", "inställningar med {{% … }} stöds inte"),
        ("{{>*mall}}", "delmallar vars namn hämtas ur vyn ({{>*namn}}) stöds inte"),
        ("{{#frist(nav)}}x{{/frist(nav)}}", "funktionen \"frist\" finns inte"),
    ])
    func unsupportedSyntaxIsRefusedAtItsTag(tag: String, message: String) async throws {
        let folder = try ThemeFixture.themesFolder(files: ["trasig/templates/x.mustache": "<p>\n  " + tag + "\n</p>\n"])
        let result = await ThemeLoader.load(themesFolder: folder, name: "trasig", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.rule == "theme.template-unsupported" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == message)
        #expect(diagnostic.hint?.isEmpty == false)
        #expect(diagnostic.formatted().hasPrefix("\(folder)/trasig/templates/x.mustache:2:3: fel: "))
    }

    @Test func escapingWorksOnBytesAndKeepsOtherText() {
        var output: [UInt8] = []
        HTMLEscaping.append("Å<b>\"ö\"</b> & 'é' – 😀", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "Å&lt;b&gt;&quot;ö&quot;&lt;/b&gt; &amp; &#39;é&#39; – 😀")
    }

    /// A theme of only these templates (and an empty strings file), loaded as a bank would load it.
    static func theme(_ templates: [String: String]) async throws -> Theme {
        var files = ["inline/strings/sv.yml": "titel: Test\n"]
        for (name, text) in templates { files["inline/templates/\(name).mustache"] = text }
        let folder = try ThemeFixture.themesFolder(files: files, withDefault: false)
        let result = await ThemeLoader.load(themesFolder: folder, name: "inline", language: "sv")
        guard let theme = result.theme else {
            throw FixtureError(message: result.diagnostics.map { $0.formatted() }.joined(separator: "\n"))
        }
        return theme
    }
}
