import Mustache
import Testing
@testable import Theme

/// The linked program on the constructs whose state crosses frames: indentation carried into
/// partials and blocks, overrides carried through partials and sections, the list position reset by
/// partials and blocks. Each case's expected bytes are swift-mustache's rendering of the same
/// templates and view, not a copy of the new renderer's output.
@Suite struct TemplateProgramTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Template name → text; the case renders `sida`.
        var templates: [String: String]
        var view: @Sendable () -> [String: Any]

        var testDescription: String { name }

        init(_ name: String, _ templates: [String: String], view: @escaping @Sendable () -> [String: Any] = { [:] }) {
            self.name = name
            self.templates = templates
            self.view = view
        }
    }

    static let items: @Sendable () -> [String: Any] = {
        ["items": [["t": "a", "sub": ["x", "y"]], ["t": "b", "sub": [String]()], ["t": "c", "sub": ["z"]]], "titel": "T"]
    }

    static let cases: [Case] = [
        Case("a parent's override reaches a block in a partial in a list section",
             ["bas": "<ul>\n{{#items}}\n{{>rad}}\n{{/items}}\n</ul>\n",
              "rad": "<li>{{$cell}}standard {{t}}{{/cell}}</li>\n",
              "sida": "{{<bas}}\n{{$cell}}[{{t}}|{{titel}}]{{/cell}}\n{{/bas}}\n"],
             view: items),
        Case("an indented partial in a list section, itself with an indented partial",
             ["sida": "<div>\n  {{#items}}\n    {{>rad}}\n  {{/items}}\n</div>\n",
              "rad": "<p>{{t}}</p>\n  {{#sub}}\n  {{>ord}}\n  {{/sub}}\n<hr>\n",
              "ord": "<i>{{.}}</i>\n<b>{{#first()}}först{{/first()}}</b>\n"],
             view: items),
        Case("an indented block inside an indented partial, overridden",
             ["bas": "<main>\n    {{$innehall}}\n    <p>standard</p>\n    {{/innehall}}\n</main>\n",
              "mitt": "<body>\n  {{<bas}}\n  {{$innehall}}\n  <p>mitt {{titel}}</p>\n  <p>två</p>\n  {{/innehall}}\n  {{/bas}}\n</body>\n",
              "sida": "<html>\n  {{>mitt}}\n</html>\n"],
             view: items),
        Case("an inner parent adds overrides; the outer parent's win where both set a block",
             ["bas": "{{$a}}A{{/a}}|{{$b}}B{{/b}}|{{$c}}C{{/c}}\n",
              "mitt": "{{<bas}}{{$a}}mitt-a{{/a}}{{$b}}mitt-b{{/b}}{{/bas}}",
              "sida": "{{#items}}{{<mitt}}{{$b}}sida-{{t}}{{/b}}{{/mitt}}{{/items}}"],
             view: items),
        Case("an override body uses the overrides active where it renders",
             ["bas": "<{{$yttre}}{{$inre}}bas-inre{{/inre}}{{/yttre}}>",
              "sida": "{{<bas}}{{$yttre}}({{$inre}}standard{{/inre}}){{/yttre}}{{$inre}}sida-inre{{/inre}}{{/bas}}"],),
        Case("partials and blocks hide the list position; sections inside a list keep it",
             ["sida": "{{#items}}{{#first()}}F{{/first()}}{{>pos}}{{$blk}}{{#last()}}L{{/last()}}{{/blk}}"
                 + "{{#t}}{{index()}}{{/t}}{{^last()}},{{/last()}}{{/items}}",
              "pos": "[{{#first()}}f{{/first()}}{{index()}}]"],
             view: items),
        Case("an inverted empty list, and an empty section, leave the frame's line state alone",
             ["sida": "<ol>\n  {{>rad}}\n</ol>\n",
              "rad": "{{^tom}}\n<li>ingen</li>\n{{/tom}}\n{{#tom}}x{{/tom}}<li>{{titel}}</li>\n{{#items}}{{/items}}\nslut\n"],
             view: { ["tom": [String](), "titel": "T", "items": [1, 2]] }),
        Case("a dotted name stops at the first object on the stack with its first name",
             ["sida": "{{#page}}[{{site.title}}|{{.site.namn}}|{{site.namn}}|{{page.site.namn}}|{{#site}}{{title}}{{/site}}]{{/page}}"],
             view: { ["page": ["site": ["namn": "inre"]], "site": ["title": "yttre"]] }),
        Case("windows line ends in an indented partial",
             ["sida": "<ul>\r\n  {{>rad}}\r\n</ul>\r\n", "rad": "<li>a</li>\r\n<li>{{titel}}</li>\r\n"],
             view: items),
    ]

    @Test(arguments: cases)
    func rendersAsSwiftMustache(_ testCase: Case) async throws {
        let theme = try await CompiledTemplateTests.theme(testCase.templates)
        let view = testCase.view()
        let reference = try #require(theme.renderWithReference("sida", view))
        #expect(!reference.isEmpty)
        #expect(theme.render("sida", view) == reference)
        #expect(theme.render("sida", TemplateView(converting: view)) == reference)
    }

    /// The loader refuses a theme that names a missing partial, so this theme is put together by
    /// hand: the program links the reference to no template, and renders nothing for it.
    @Test func aMissingPartialRendersNothing() throws {
        let texts = ["sida": "a{{>saknas}}b\n  {{>saknas}}\nc{{<saknas}}{{$x}}y{{/x}}{{/saknas}}d\n"]
        var compiled: [String: CompiledTemplate] = [:]
        var reference: [String: MustacheTemplate] = [:]
        for (name, text) in texts {
            compiled[name] = try TemplateParser.parse(text)
            reference[name] = try MustacheTemplate(string: text)
        }
        let theme = Theme(
            name: "inline", language: "sv", strings: [:], assets: [], templates: compiled,
            library: MustacheLibrary(templates: reference))
        let expected = try #require(theme.renderWithReference("sida", [:]))
        #expect(expected == "ab\n  cd\n")  // the blanks before a standalone partial stay as text
        #expect(theme.render("sida", [:]) == expected)
    }

    @Test func linkingLaysEveryFrameOutInOrder() throws {
        let compiled = try TemplateParser.parse("{{#a}}x{{#b}}y{{/b}}{{/a}}{{$c}}z{{/c}}{{>d}}")
        let program = TemplateProgram(linking: ["sida": compiled, "d": try TemplateParser.parse("d")])
        let sida = try #require(program.templateIDs["sida"])
        let top = program.templates[Int(sida)]
        let kinds = (top.start..<top.end).map { program.instructions[Int($0)].kind }
        #expect(kinds == [.section, .block, .partial])
        let partial = program.instructions[Int(top.end) - 1]
        #expect(partial.operand == program.templateIDs["d"])
        let section = program.instructions[Int(top.start)]
        let body = (section.bodyStart..<section.bodyEnd).map { program.instructions[Int($0)].kind }
        #expect(body == [.text, .section])
    }
}
