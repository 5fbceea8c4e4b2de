import Foundation
import SiteBuilder
import SiteTesting
import Testing

/// `serve`'s fast path: an edit of a page's prose, rendered alone from the last build's session,
/// gives exactly the bytes the full build gives; every other change is left to the full build.
struct BuildSessionTests {
    static func config(rules: String = "") -> String {
        """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          sprak: sv
          publicerad: "2014-03-31"
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              sammanfattning: { etikett: Sammanfattning, typ: text }
              steg: { etikett: Steg, typ: lista, referens: trappan }
          - mapp: trappan
            mall: steg
            namn: Trappan
            sortering: ordning
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              ordning: { etikett: Ordning, typ: tal, kravs: true }
          - mapp: fall
            mall: fall
            namn: Fall
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              kommun: { etikett: Kommun, typ: val, varden: { nybro: Nybro, emmaboda: Emmaboda } }
              inskriven: { etikett: Inskriven, typ: manad }
              metoder: { etikett: Metoder, typ: lista, referens: metoder }
              anonymisering: { etikett: Anonymisering, typ: val, kravs: true, varden: { sammansatt: Sammansatt, fiktiv: Fiktiv } }
        integritet:
          kvasi-identifierare: { kommun: varde, inskriven: ar }
          k: 3
        \(rules)
        """
    }

    static func casePage(_ number: Int) -> String {
        """
        -- content/fall/fall-\(number).md --
        ---
        titel: Fall \(number)
        kommun: nybro
        inskriven: 2012-0\(number)
        metoder: [kartlaggning]
        anonymisering: sammansatt
        ---
        Deltagaren började med [[Kartläggning]] och gick vidare till [[Steg 1]].
        """
    }

    static let pages = """
        -- content/index.md --
        ---
        titel: Start
        ---
        Välkommen till [[Kartläggning]].
        -- content/metoder/index.md --
        ---
        titel: Metoder
        ---
        Alla metoder.
        -- content/metoder/kartlaggning.md --
        ---
        titel: Kartläggning
        sammanfattning: Första samtalen.
        steg: [steg-1]
        ---
        Kartläggningen leder till ett [[Flerpartsmöte]].

        ## Syfte

        Att se hela [situationen](#syfte).
        -- content/metoder/flerpartsmote.md --
        ---
        titel: Flerpartsmöte
        ---
        Efter [kartläggningen](kartlaggning.md#syfte) och [[Fall 1]], [[Fall 2]], [[Fall 3]].
        -- content/trappan/steg-1.md --
        ---
        titel: Steg 1
        ordning: 1
        ---
        Första steget, se [[Kartläggning#Syfte]].
        """

    static let bank = config() + "\n" + pages + "\n" + (1...3).map(casePage).joined(separator: "\n")

    /// A built copy of `text` with the session its build kept.
    struct Built {
        let folder: String
        let session: BuildSession
        var content: String { folder + "/content" }

        init(_ text: String = BuildSessionTests.bank) async throws {
            folder = try InlineSite(text).write()
            let report = await SiteBuilder.build(Self.options(folder, output: "site"))
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map { $0.formatted() })")
            session = try #require(report.session)
        }

        static func options(_ folder: String, output: String) -> BuildOptions {
            var options = BuildOptions(
                contentFolder: folder + "/content", outputFolder: folder + "/" + output, themesFolder: SiteTesting.defaultThemes,
                parallel: false)
            options.keepsSession = true
            return options
        }

        func edit(_ page: String, _ change: (String) -> String) throws {
            let path = content + "/" + page
            try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// The file a full build of the content as it is now writes for `path`.
        func fullBuild(_ path: String) async throws -> String {
            let output = "full-" + UUID().uuidString
            let report = await SiteBuilder.build(Self.options(folder, output: output))
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map { $0.formatted() })")
            return try String(contentsOfFile: folder + "/" + output + "/" + path, encoding: .utf8)
        }
    }

    static func text(_ file: OutputFile) -> String? {
        if let text = file.text { return text }
        return nil
    }

    @Test(arguments: [
        ("metoder/kartlaggning.md", "metoder/kartlaggning/index.html", "\nNy mening med [[Steg 1]] och [fall](../fall/fall-2.md).\n"),
        ("metoder/flerpartsmote.md", "metoder/flerpartsmote/index.html", "\nEn extern [länk](https://example.se/).\n"),
        ("fall/fall-2.md", "fall/fall-2/index.html", "\nLärdomen: fråga tidigt.\n"),
        ("trappan/steg-1.md", "trappan/steg-1/index.html", "\nMer om [[Kartläggning#Syfte|syftet]].\n"),
        ("index.md", "index.html", "\nSök i banken.\n"),
        ("metoder/index.md", "metoder/index.html", "\nOch [[Flerpartsmöte]].\n"),
    ])
    func bodyEditGivesTheFullBuildsBytes(page: String, output: String, added: String) async throws {
        let built = try await Built()
        try built.edit(page) { $0 + added }
        let quick = built.session.render(changed: [built.content + "/" + page])
        guard case .rendered(let pages) = quick else {
            Issue.record("fell back to the full build: \(quick)")
            return
        }
        #expect(pages.map(\.source) == [built.content + "/" + page])
        #expect(pages.map(\.file.path) == [output])
        let fast = try #require(pages.first.flatMap { Self.text($0.file) })
        let full = try await built.fullBuild(output)
        #expect(fast == full)
        let before = try String(contentsOfFile: built.folder + "/site/" + output, encoding: .utf8)
        #expect(fast != before, "the edit shows")
    }

    @Test func wordChangedInTheMiddleOfACaseIsRenderedAsTheFullBuildDoes() async throws {
        let built = try await Built()
        try built.edit("fall/fall-1.md") { $0.replacingOccurrences(of: "började med", with: "inledde med") }
        guard case .rendered(let pages) = built.session.render(changed: [built.content + "/fall/fall-1.md"]) else {
            Issue.record("fell back to the full build")
            return
        }
        let fast = try #require(pages.first.flatMap { Self.text($0.file) })
        #expect(fast.contains("inledde med"))
        // Case fields as coarse as the privacy check counted them: the year, not the month.
        #expect(!fast.contains("2012-01") && !fast.contains("januari 2012"))
        #expect(fast == (try await built.fullBuild("fall/fall-1/index.html")))
    }

    enum Expected: Sendable { case notAKnownPage, unreadable, frontMatterChanged, headingsChanged, problems }

    @Test(arguments: [
        ("title", "metoder/kartlaggning.md", "titel: Kartläggning", "titel: Kartläggningen", Expected.frontMatterChanged),
        ("summary", "metoder/kartlaggning.md", "Första samtalen.", "De första samtalen.", .frontMatterChanged),
        ("field", "fall/fall-1.md", "kommun: nybro", "kommun: emmaboda", .frontMatterChanged),
        ("front-matter comment", "metoder/flerpartsmote.md", "titel: Flerpartsmöte", "titel: Flerpartsmöte # ny", .frontMatterChanged),
        ("heading", "metoder/kartlaggning.md", "## Syfte", "## Syftet", .headingsChanged),
        ("new heading", "metoder/flerpartsmote.md", "[[Fall 3]].", "[[Fall 3]].\n\n## Ny rubrik", .headingsChanged),
        ("broken link", "metoder/flerpartsmote.md", "[[Fall 3]].", "[[Fall 3]] och [[Finns inte]].", .problems),
        ("broken fragment", "metoder/flerpartsmote.md", "kartlaggning.md#syfte", "kartlaggning.md#mal", .problems),
        ("identity number", "fall/fall-3.md", "började med", "121212-1212 började med", .problems),
        ("exact date in a case", "fall/fall-3.md", "började med", "började 2012-03-14 med", .problems),
        ("emptied page", "metoder/flerpartsmote.md", "", "", .frontMatterChanged),
    ])
    func changeOtherPagesShowNeedsTheFullBuild(
        what: String, page: String, old: String, new: String, expected: Expected
    ) async throws {
        let built = try await Built()
        try built.edit(page) { old.isEmpty ? "" : $0.replacingOccurrences(of: old, with: new) }
        let result = built.session.render(changed: [built.content + "/" + page])
        let source = built.content + "/" + page
        switch (result, expected) {
        case (.fullBuild(.frontMatterChanged(source)), .frontMatterChanged), (.fullBuild(.headingsChanged(source)), .headingsChanged),
            (.fullBuild(.problems(source)), .problems):
            break
        default:
            Issue.record("\(what): \(result)")
        }
    }

    @Test func newDeletedAndNonPageFilesNeedTheFullBuild() async throws {
        let built = try await Built()
        try "---\ntitel: Ny\n---\nNy sida.\n".write(toFile: built.content + "/metoder/ny.md", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: built.content + "/metoder/flerpartsmote.md")
        for (path, expected) in [
            (built.content + "/metoder/ny.md", BuildSession.FullBuildReason.notAKnownPage(built.content + "/metoder/ny.md")),
            (built.content + "/kunskapsbank.yml", .notAKnownPage(built.content + "/kunskapsbank.yml")),
            (SiteTesting.defaultThemes + "/default/templates/metod.mustache", .notAKnownPage(SiteTesting.defaultThemes + "/default/templates/metod.mustache")),
            (built.content + "/metoder/flerpartsmote.md", .unreadable(built.content + "/metoder/flerpartsmote.md")),
        ] {
            guard case .fullBuild(let reason) = built.session.render(changed: [path]) else {
                Issue.record("\(path) took the fast path")
                continue
            }
            #expect(reason == expected)
        }
        // One change that does not qualify sends the whole batch to the full build.
        let mixed = built.session.render(changed: [built.content + "/metoder/kartlaggning.md", built.content + "/kunskapsbank.yml"])
        guard case .fullBuild = mixed else {
            Issue.record("a batch with the configuration took the fast path")
            return
        }
    }

    @Test func droppedLinkNeedsTheFullBuildOnlyWhenOrphansAreErrors() async throws {
        let dropLink = { (text: String) in text.replacingOccurrences(of: " och [[Fall 1]]", with: "").replacingOccurrences(of: "[[Fall 1]], ", with: "") }
        let strict = try await Built(Self.config(rules: "regler:\n  link.orphan: fel") + "\n" + Self.pages + "\n" + (1...3).map(Self.casePage).joined(separator: "\n"))
        try strict.edit("metoder/flerpartsmote.md", dropLink)
        let path = strict.content + "/metoder/flerpartsmote.md"
        guard case .fullBuild(.linkRemoved(path)) = strict.session.render(changed: [path]) else {
            Issue.record("a dropped link took the fast path although orphans are errors")
            return
        }
        let relaxed = try await Built()
        try relaxed.edit("metoder/flerpartsmote.md", dropLink)
        guard case .rendered = relaxed.session.render(changed: [relaxed.content + "/metoder/flerpartsmote.md"]) else {
            Issue.record("a dropped link fell back although orphans are warnings")
            return
        }
    }

    /// The fast path changes the published folder behind the full build's back; the next full
    /// build must neither skip itself as unchanged nor link the stale bytes as "unchanged".
    @Test func revertedQuickEditIsUndoneByTheNextFullBuild() async throws {
        let built = try await Built()
        let page = "metoder/flerpartsmote.md"
        let original = try String(contentsOfFile: built.content + "/" + page, encoding: .utf8)
        let published = try String(contentsOfFile: built.folder + "/site/metoder/flerpartsmote/index.html", encoding: .utf8)
        try built.edit(page) { $0 + "\nTillfällig mening.\n" }
        guard case .rendered(let pages) = built.session.render(changed: [built.content + "/" + page]) else {
            Issue.record("fell back to the full build")
            return
        }
        let site = PublishedSite(folder: built.folder + "/site")
        try site.replace(pages.map(\.file))
        try site.recordReplaced(pages.map(\.file))
        #expect(try String(contentsOfFile: built.folder + "/site/metoder/flerpartsmote/index.html", encoding: .utf8).contains("Tillfällig mening."))

        try original.write(toFile: built.content + "/" + page, atomically: true, encoding: .utf8)
        let report = await SiteBuilder.build(Built.options(built.folder, output: "site"))
        #expect(report.succeeded && report.wroteOutput)
        #expect(try String(contentsOfFile: built.folder + "/site/metoder/flerpartsmote/index.html", encoding: .utf8) == published)
    }

    /// Every page of the real DRIVE bank, edited in its prose, renders alone exactly as the full
    /// build renders it. One full build of all the edits serves as reference: a page reads only its
    /// own body, as long as the edits add no link to another page (that page's backlinks change).
    @Test func everyDrivePageEditedAloneGivesTheFullBuildsBytes() async throws {
        let folder = try SiteTesting.temporaryFolder()
        try FileManager.default.copyItem(atPath: SiteTesting.repositoryRoot + "/content", toPath: folder + "/content")
        let first = await SiteBuilder.build(Built.options(folder, output: "site"))
        let session = try #require(first.session)
        let pages = try #require(FileManager.default.enumerator(atPath: folder + "/content")?.allObjects as? [String])
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(pages.count > 70)
        for page in pages {
            let path = folder + "/content/" + page
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try (text + "\nEtt tillägg i förhandsvisningen, se [kommunen](https://www.nybro.se/).\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        var quick: [String: String] = [:]
        for page in pages {
            guard case .rendered(let rendered) = session.render(changed: [folder + "/content/" + page]) else {
                Issue.record("\(page) fell back to the full build")
                continue
            }
            for file in rendered.map(\.file) { quick[file.path] = Self.text(file) }
        }
        let full = await SiteBuilder.build(Built.options(folder, output: "full"))
        #expect(full.succeeded)
        for (path, text) in quick.sorted(by: { $0.key < $1.key }) {
            let built = try String(contentsOfFile: folder + "/full/" + path, encoding: .utf8)
            #expect(built == text, "\(path)")
            #expect(text.contains("Ett tillägg i förhandsvisningen"), "\(path)")
        }
    }
}
