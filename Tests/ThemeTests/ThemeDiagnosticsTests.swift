import Testing
import SiteCore
import Theme

@Suite struct ThemeDiagnosticsTests {
    @Test func missingThemeNamesTheFolderAndListsExistingThemes() async throws {
        let folder = try ThemeFixture.themesFolder(files: ["samba/templates/sida.mustache": "<p>x</p>"])
        let result = await ThemeLoader.load(themesFolder: folder, name: "diva", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file == folder + "/diva")
        #expect(diagnostic.message == "temat finns inte")
        #expect(diagnostic.hint == "befintliga teman: default, samba")
    }

    @Test(arguments: [
        // (template text, line, column, message)
        ("<main>\n{{#page}}\n<h1>{{title}}</h1>\n{{/pag}}\n</main>\n", 4, 4, "sektionen stängs med fel namn"),
        ("<p>{{#facts}}</p>\n", 2, 1, "en sektion eller ett block stängs aldrig"),
        ("<p>\n  {{title</p>\n", 2, 10, "taggen är inte avslutad eller har ett ogiltigt namn"),
    ])
    func brokenTemplateReportsFileLineAndColumn(text: String, line: Int, column: Int, message: String) async throws {
        let folder = try ThemeFixture.themesFolder(files: ["trasig/templates/x.mustache": text])
        let result = await ThemeLoader.load(themesFolder: folder, name: "trasig", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.rule == "theme.template-syntax" })
        #expect(diagnostic.location.file == folder + "/trasig/templates/x.mustache")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == column)
        #expect(diagnostic.message == message)
        #expect(diagnostic.formatted().hasPrefix("\(folder)/trasig/templates/x.mustache:\(line):\(column): fel: "))
    }

    @Test(arguments: [
        ("{{>partials/saknas}}", "theme.missing-template", "mallen \"partials/saknas\" finns inte"),
        ("{{<sida}}{{$main}}{{>x}}{{/main}}{{/sida}}", "theme.template-cycle", "mallarna tar med varandra i en ring: x → x"),
    ])
    func badPartialReferenceIsAnError(text: String, rule: String, message: String) async throws {
        let folder = try ThemeFixture.themesFolder(files: ["trasig/templates/x.mustache": "<p>\n" + text])
        let result = await ThemeLoader.load(themesFolder: folder, name: "trasig", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.rule == rule })
        #expect(diagnostic.message == message)
        #expect(diagnostic.location.file.hasSuffix("/trasig/templates/x.mustache"))
        #expect(diagnostic.location.line == 2)
    }

    @Test(arguments: [
        ("trasig/templates/x.mustache", "<p>\n<img src=\"https://cdn.example.org/a.png\" alt=\"\">", 2, 11),
        ("trasig/assets/extra.css", "body {}\n@font-face { src: url(\"https://fonts.example/x.woff2\"); }", 2, 24),
    ])
    func resourceFromAnotherOriginIsAnError(path: String, text: String, line: Int, column: Int) async throws {
        let folder = try ThemeFixture.themesFolder(files: [path: text])
        let result = await ThemeLoader.load(themesFolder: folder, name: "trasig", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.rule == "theme.external-resource" })
        #expect(diagnostic.location == SourceLocation(file: folder + "/" + path, line: line, column: column))
    }

    @Test func missingStringsFileIsAnError() async throws {
        let result = await ThemeLoader.load(themesFolder: ThemeFixture.themesFolder, name: "default", language: "fi")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.rule == "theme.strings-missing")
        #expect(diagnostic.location.file.hasSuffix("themes/default/strings/fi.yml"))
        #expect(diagnostic.hint == "språk som finns: en, sv")
    }

    @Test func regionalLanguageFallsBackToItsLanguage() async throws {
        let result = await ThemeLoader.load(themesFolder: ThemeFixture.themesFolder, name: "default", language: "sv-SE")
        let theme = try #require(result.theme)
        #expect(theme.strings["skipLink"] == "Till innehållet")
    }

    @Test(arguments: [
        ("skipLink: [en, lista]\n", 1, 11, "theme.strings-value"),
        ("skipLink: Hoppa\n  fel: indrag\n", 2, 6, "theme.strings-syntax"),
    ])
    func brokenStringsFileReportsLine(text: String, line: Int, column: Int, rule: String) async throws {
        let folder = try ThemeFixture.themesFolder(files: ["trasig/strings/sv.yml": text])
        let result = await ThemeLoader.load(themesFolder: folder, name: "trasig", language: "sv")
        #expect(result.theme == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.rule == rule })
        #expect(diagnostic.location.file == folder + "/trasig/strings/sv.yml")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == column)
    }

    @Test func defaultThemeLoadsWithoutDiagnostics() async {
        let result = await ThemeLoader.load(themesFolder: ThemeFixture.themesFolder, name: "default", language: "sv")
        #expect(result.theme != nil)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted() })")
    }
}
