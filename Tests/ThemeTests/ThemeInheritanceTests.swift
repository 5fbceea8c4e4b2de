import Testing
import Theme

@Suite struct ThemeInheritanceTests {
    @Test func overridingThemeReplacesOneTemplateAndFallsBackForTheRest() async throws {
        let folder = try ThemeFixture.themesFolder(files: [
            "samba/templates/begrepp.mustache": "{{<sida}}{{$efter}}<p>SAMBA-begrepp</p>{{/efter}}{{/sida}}",
            "samba/assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "samba/assets/site.css": "body { color: #000; }",
        ])
        let result = await ThemeLoader.load(themesFolder: folder, name: "samba", language: "sv")
        let theme = try #require(result.theme, "\(result.diagnostics.map { $0.formatted() })")

        let term = try #require(theme.render("begrepp", ThemeFixture.view()))
        #expect(term.contains("<p>SAMBA-begrepp</p>"))
        #expect(term.contains("<h1>Kartläggning</h1>"))  // from the default sida and base

        let method = try #require(theme.render("metod", ThemeFixture.view()))
        #expect(!method.contains("SAMBA"))
        #expect(method.contains("Fall där metoden har använts"))

        #expect(theme.assets.map(\.relativePath) == ["logo.svg", "site.css", "sok.js", "tema.css"])
        let fromSamba = theme.assets.filter { $0.absolutePath.contains("/samba/assets/") }.map(\.relativePath)
        #expect(fromSamba == ["logo.svg", "site.css"])
        #expect(theme.strings["skipLink"] == "Till innehållet")
    }

    @Test func overridingStringsReplaceOnlyTheirKeys() async throws {
        let folder = try ThemeFixture.themesFolder(files: ["samba/strings/sv.yml": "ladderTitle: SAMBA-trappan\n"])
        let result = await ThemeLoader.load(themesFolder: folder, name: "samba", language: "sv")
        let theme = try #require(result.theme)
        #expect(theme.strings["ladderTitle"] == "SAMBA-trappan")
        #expect(theme.strings["youAreHere"] == "Du är här")
        let html = try #require(theme.render("steg", ThemeFixture.view()))
        #expect(html.contains("<h2>SAMBA-trappan</h2>"))
    }

    @Test func viewStringsWinOverThemeStrings() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        var view = ThemeFixture.view()
        view["strings"] = ["skipLink": "Hoppa"]
        let html = try #require(theme.render("sida", view))
        #expect(html.contains(">Hoppa</a>"))
    }
}
