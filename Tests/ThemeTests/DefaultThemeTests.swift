import Foundation
import Testing
import Theme

@Suite struct DefaultThemeTests {
    @Test(arguments: ThemeFixture.pageTemplates)
    func everyPageTemplateRendersOneDocumentWithOneHeading(template: String) async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render(template, ThemeFixture.view()))

        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.occurrences(of: "<h1") == 1)
        #expect(html.contains("<html lang=\"sv\">"))
        #expect(html.contains("<title>Kartläggning – Kunskapsbank DRIVE</title>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'"))
        #expect(html.contains("<main id=\"innehall\""))
        #expect(html.contains("href=\"../../assets/site.css\""))
        #expect(html.contains("href=\"../../tillganglighet/index.html\""))
        #expect(!html.contains("style=") && !html.contains("<script"))
    }

    @Test(arguments: ThemeFixture.pageTemplates)
    func skipLinkIsTheFirstLinkAndPointsToMain(template: String) async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render(template, ThemeFixture.view()))
        let bodyStart = try #require(html.firstRange(of: "<body"))
        let firstLink = try #require(html[bodyStart.upperBound...].firstRange(of: "<a "))
        #expect(html[firstLink.lowerBound...].hasPrefix("<a class=\"hopplank\" href=\"#innehall\">Till innehållet</a>"))
    }

    @Test(arguments: ["start", "sida", "fall", "register", "404"])
    func textFromTheViewIsEscaped(template: String) async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render(template, ThemeFixture.view(title: "<script>alert(1)</script>")))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; – Kunskapsbank DRIVE</title>"))
    }

    @Test func bodyHTMLIsInsertedUnescaped() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("sida", ThemeFixture.view()))
        #expect(html.contains("<h2 id=\"syfte\">Syfte</h2>"))
    }

    @Test func breadcrumbsEndWithTheCurrentPageAsNonLink() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("metod", ThemeFixture.view()))
        let nav = try #require(html.firstRange(of: "<nav class=\"brodsmulor ram\" aria-label=\"Brödsmulor\">"))
        let end = try #require(html[nav.upperBound...].firstRange(of: "</nav>"))
        let crumbs = String(html[nav.upperBound..<end.lowerBound])
        #expect(crumbs.contains("<ol>"))
        #expect(crumbs.occurrences(of: "<a ") == 2)
        #expect(crumbs.contains("<li><span aria-current=\"page\">Kartläggning</span></li>\n</ol>"))
    }

    @Test func startPageWithoutBreadcrumbsHasNoBreadcrumbNavigation() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        var view = ThemeFixture.view()
        view["breadcrumbs"] = [[String: Any]]()
        let html = try #require(theme.render("start", view))
        #expect(!html.contains("Brödsmulor"))
    }

    @Test func currentSectionIsMarkedInTheMainNavigation() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("sida", ThemeFixture.view()))
        #expect(html.contains("<nav class=\"huvudmeny\" aria-label=\"Huvudmeny\">"))
        #expect(html.contains("<a href=\"../index.html\" aria-current=\"page\">Metoder</a>"))
        #expect(html.contains("<a href=\"../../trappan/index.html\">Trappan</a>"))
    }

    @Test(arguments: [
        ("steg", 3, "Du är här", "Berörs av sidan"),
        ("fall", 4, "Deltagarens senaste steg", "Del av deltagarens väg"),
        ("metod", 2, "Du är här", "Metoden används här"),
    ])
    func ladderMarksTheCurrentStepInText(template: String, current: Int, label: String, pathLabel: String) async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render(template, ThemeFixture.view(currentStep: current)))
        let steps = html.split(separator: "<li class=\"trappsteg").dropFirst().map(String.init)
        #expect(steps.count == 5)
        for (index, step) in steps.enumerated() {
            let order = index + 1
            #expect(step.contains(label) == (order == current), "steg \(order)")
            #expect(step.contains("aria-current=\"step\"") == (order == current), "steg \(order)")
            #expect(step.contains(pathLabel) == (order < current), "steg \(order)")
        }
        #expect(html.contains("<ol class=\"trappa\">"))
    }

    @Test func factsAreADefinitionListWithTextOrLinks() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("fall", ThemeFixture.view()))
        #expect(html.contains("<dt>Projekt</dt>\n<dd>\n<ul class=\"lanklista\">\n<li><a href=\"../../projekt/drive/index.html\">DRIVE</a></li>"))
        #expect(html.contains("<dt>Målgrupp</dt>\n<dd>Unga vuxna 16–24 år</dd>"))
    }

    @Test(arguments: [("composite", "fall"), ("ended", "projekt")])
    func noticesAreShownWithTheirKind(kind: String, template: String) async throws {
        let theme = try await ThemeFixture.defaultTheme()
        var view = ThemeFixture.view()
        view["notices"] = [["text": "Meddelande", "kind": kind]]
        let html = try #require(theme.render(template, view))
        #expect(html.contains("<p class=\"notis notis-\(kind)\">Meddelande</p>"))
    }

    @Test func missingOptionalValuesLeaveNoEmptyElements() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        var view = ThemeFixture.view()
        view["page"] = ["title": "Tom", "documentTitle": "Tom", "summary": nil as String?, "published": "", "url": "index.html"] as [String: Any?]
        for key in ["facts", "notices", "children", "backlinks", "ladder", "searchURL"] { view[key] = nil }
        let html = try #require(theme.render("sida", view))
        for absent in ["class=\"ingress\"", "Publicerad", "<dl>", "notis", "class=\"trappa", "Länkas från", "Sök"] {
            #expect(!html.contains(absent), "\(absent)")
        }
    }

    @Test func footerShowsOrganisationDatesAndRegister() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("sida", ThemeFixture.view()))
        let footer = try #require(html.firstRange(of: "<footer")).lowerBound
        let tail = String(html[footer...])
        for expected in ["Nybro kommun", "Publicerad: 2013-03-01", "Senast uppdaterad: 2013-11-30",
                         "href=\"../../register/index.html\">A–Ö</a>", ">Tillgänglighetsredogörelse</a>"] {
            #expect(tail.contains(expected), "\(expected)")
        }
    }

    @Test func registerLinksEveryLetterToItsGroup() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        let html = try #require(theme.render("register", ThemeFixture.view()))
        for (letter, id) in [("K", "bokstav-k"), ("Ö", "bokstav-o")] {
            #expect(html.contains("<a href=\"#\(id)\">\(letter)</a>"))
            #expect(html.contains("<h2 id=\"\(id)\" class=\"registerbokstav\">\(letter)</h2>"))
        }
    }

    @Test(arguments: [("sv", "Till innehållet", "Huvudmeny"), ("en", "Skip to content", "Main menu")])
    func interfaceStringsFollowTheLanguage(language: String, skip: String, menu: String) async throws {
        let theme = try await ThemeFixture.defaultTheme(language: language)
        var view = ThemeFixture.view()
        view["lang"] = nil
        let html = try #require(theme.render("sida", view))
        #expect(html.contains("<html lang=\"\(language)\">"))
        #expect(html.contains(">\(skip)</a>"))
        #expect(html.contains("aria-label=\"\(menu)\""))
    }

    @Test func swedishAndEnglishStringsHaveTheSameKeys() async throws {
        let swedish = try await ThemeFixture.defaultTheme(language: "sv").strings
        let english = try await ThemeFixture.defaultTheme(language: "en").strings
        #expect(Set(swedish.keys) == Set(english.keys))
        #expect(swedish["register"] == "A–Ö")
    }

    @Test func unknownTemplateRendersNil() async throws {
        let theme = try await ThemeFixture.defaultTheme()
        #expect(theme.render("finns-inte", [:]) == nil)
        #expect(!theme.hasTemplate("finns-inte"))
        #expect(theme.hasTemplate("fall"))
    }
}
