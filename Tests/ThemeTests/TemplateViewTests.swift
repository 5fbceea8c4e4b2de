import Testing
@testable import Theme

/// Views built directly as template values (`TemplateView`) render as the same view written as a
/// dictionary renders, with the same cleaning: nil and empty strings leave the key out.
@Suite struct TemplateViewTests {
    @Test(arguments: CompiledTemplateTests.cases)
    func convertedViewRendersAsTheDictionary(_ testCase: CompiledTemplateTests.Case) async throws {
        let theme = try await CompiledTemplateTests.theme(testCase.templates)
        let view = TemplateView(converting: testCase.view())
        #expect(theme.render("sida", view) == testCase.expected)
        // Back to a dictionary, swift-mustache renders the same bytes.
        #expect(theme.renderWithReference("sida", view.dictionary) == testCase.expected)
    }

    @Test func nilAndEmptyTextLeaveTheKeyOut() async throws {
        let theme = try await CompiledTemplateTests.theme([
            "sida": "{{#page}}{{#summary}}S{{/summary}}{{^summary}}ingen{{/summary}}|{{title}}{{/page}}|{{summary}}|{{^meta}}-{{/meta}}",
        ])
        var view = TemplateView([
            "summary": .text("rot"),
            "page": TemplateView(["title": .text("T"), "summary": .text("")]).value,
            "meta": nil,
        ])
        // An empty summary is left out, so `{{#summary}}` inside `page` finds the root's.
        #expect(theme.render("sida", view) == "S|T|rot|-")
        view["summary"] = .text("")
        #expect(view["summary"] == nil)
        #expect(theme.render("sida", view) == "ingen|T||-")
        #expect(theme.renderWithReference("sida", view.dictionary) == "ingen|T||-")
    }

    @Test func listsOfViewsKeepTheirOrderAndTypes() async throws {
        let theme = try await CompiledTemplateTests.theme(["sida": "{{#nav}}{{title}}:{{n}}:{{#current}}*{{/current}};{{/nav}}{{count(nav)}}"])
        let view = TemplateView([
            "nav": .list(of: [
                TemplateView(["title": .text("Å"), "n": .int(2), "current": .bool(true)]),
                TemplateView(["title": .text("A"), "n": .int(0), "current": .bool(false)]),
            ]),
        ])
        #expect(theme.render("sida", view) == "Å:2:*;A:0:;2")
        #expect(theme.renderWithReference("sida", view.dictionary) == "Å:2:*;A:0:;2")
    }

    @Test func viewsSetByKeyCleanAndReplaceAsByName() async throws {
        let theme = try await CompiledTemplateTests.theme([
            "sida": "{{#page}}{{title}}|{{^summary}}ingen{{/summary}}|{{meta}}{{/page}}|{{#first(items)}}{{.}}{{/first(items)}}",
        ])
        let title = TemplateKey("title"), summary = TemplateKey("summary"), meta = TemplateKey("meta")
        var page = TemplateView(capacity: 3)
        page[title] = .text("Första")
        page[title] = .text("Titel")
        page[summary] = .text("")
        page[meta] = .html(Array("<b>".utf8))
        #expect(page[summary] == nil)
        #expect(page.object.count == 2)
        var view = TemplateView(capacity: 2)
        view[TemplateKey("page")] = page.value
        view[TemplateKey("items")] = .list([.text("a & b"), .text("c")])
        #expect(theme.render("sida", view) == "Titel|ingen|&lt;b&gt;|a &amp; b")
        #expect(theme.renderWithReference("sida", view.dictionary) == "Titel|ingen|&lt;b&gt;|a &amp; b")
    }
}
