import Foundation
import SiteCore

/// The files of a new bank for a successor project (`kunskapsbank init <mapp> --projekt SAMBA`):
/// the configuration with DRIVE's sections, the project page with target group and goals as
/// placeholders, DRIVE's ladder and glossary, a start page, index pages for every section, an
/// accessibility statement and a theme stub that changes only the colours. It builds at once.
public struct NewBank: Sendable {
    /// Paths relative to the bank folder (`content/kunskapsbank.yml`, `themes/samba/assets/tema.css`), sorted.
    public var files: [(path: String, text: String)]

    public static func make(project name: String, today: Date = Date()) -> NewBank {
        // An empty slug would make `themes/` the theme folder; the command checks the name first.
        let project = ProjectIdentity(name: name)
        var files: [String: String] = [:]
        let sections = StarterBank.sections
        files["content/kunskapsbank.yml"] = config(project: project, sectionsYAML: sections.yaml)
        files["content/index.md"] = startPage(project)
        for section in sections.list where !["trappan", "begrepp"].contains(section.folder) {
            files["content/\(section.folder)/index.md"] = """
                ---
                titel: \(FrontMatterTemplate.quoted(section.name))
                sammanfattning: \(FrontMatterTemplate.quoted("\(section.name) i \(project.name)."))
                ---

                <!-- Skriv en kort inledning till avsnittet. Sidorna i avsnittet listas under texten. -->

                """
        }
        if let config = StarterBank.config, let page = try? NewProject.page(project, config: config, pages: [], today: today) {
            files["content/" + page.relativePath] = page.text
        }
        for (path, text) in StarterBank.copiedPages() { files["content/" + path] = text }
        files["content/tillganglighet.md"] = accessibilityStatement(project)
        files["themes/\(project.slug)/assets/tema.css"] = themeColours(project)
        files["themes/\(project.slug)/README.md"] = """
            # Temat \(project.slug)

            Ett eget tema för \(project.name). Det ändrar bara färgerna (`assets/tema.css`); allt annat
            kommer från standardtemat, som finns inbyggt i verktyget. Lägg en fil här med samma namn som i
            standardtemat (till exempel `strings/sv.yml` med bara de texter du vill ändra) för att ändra mer.

            """
        let existing = Set(files.keys)
        let titles = Set(files.values.compactMap(Self.title).map(Slug.fold))
        for (path, text) in files where path.hasSuffix(".md") {
            files[path] = LinkUnlinker.unlink(text, at: path, existing: existing, titles: titles)
        }
        return NewBank(files: files.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) })
    }

    static func config(project: ProjectIdentity, sectionsYAML: String) -> String {
        """
        # Kunskapsbankens konfiguration. Allt som är projektspecifikt står här, inte i koden.
        # Skapad med `kunskapsbank init`. Byt ut texterna under webbplats.
        webbplats:
          titel: \(FrontMatterTemplate.quoted("Kunskapsbank " + project.name))
          beskrivning: \(FrontMatterTemplate.quoted("Gemensam kunskapsbank från \(project.name): metoder, Utvecklingstrappan, fallbeskrivningar och resultat."))
          organisation: "Skriv organisationens namn här"
          sprak: sv
          bas-url: ""
          tema: \(project.slug)

        # Sektionerna och deras fält är desamma som i DRIVE:s kunskapsbank. Ändra de tillåtna värdena
        # (till exempel kommun och aldersgrupp under fall) så att de passar \(project.name).
        # Projektets målgrupp och mål står på sidan content/projekt/\(project.slug).md.
        \(sectionsYAML)
        """
    }

    static func startPage(_ project: ProjectIdentity) -> String {
        """
        ---
        titel: \(FrontMatterTemplate.quoted("Kunskapsbank " + project.name))
        sammanfattning: \(FrontMatterTemplate.quoted("Gemensam kunskapsbank från \(project.name)."))
        ---

        Välkommen till kunskapsbanken från [\(project.name)](projekt/\(project.slug).md).

        <!-- Beskriv kort projektet, vilka som samverkar och vad läsaren hittar här. -->

        Här finns [metoderna](metoder/index.md), stegen i [Utvecklingstrappan](trappan/index.md),
        [fallbeskrivningar](fall/index.md), de [aktörer](aktorer/index.md) som samverkar och de
        [begrepp](begrepp/index.md) som återkommer.

        """
    }

    static func accessibilityStatement(_ project: ProjectIdentity) -> String {
        """
        ---
        titel: Tillgänglighetsredogörelse
        sammanfattning: Hur tillgänglig kunskapsbanken är, vad vi vet brister och hur du meddelar oss.
        ---

        <!-- Byt ut ORGANISATIONEN mot den organisation som publicerar banken och fyll i kontaktvägar. -->

        ORGANISATIONEN står bakom kunskapsbanken från \(project.name). Vi vill att så många som möjligt
        ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om
        tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.

        ## Hur tillgänglig är webbplatsen?

        Webbplatsen är byggd för att uppfylla nivå AA i standarden WCAG 2.1. Den kan användas med
        enbart tangentbord, fungerar med skärmläsare och hämtar inget från andra webbplatser.

        ## Om du upptäcker brister

        Kontakta ORGANISATIONEN om något hindrar dig från att ta del av innehållet.

        ## Tillsyn

        Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet
        till digital offentlig service.

        """
    }

    /// Colours only; every colour pair keeps the default theme's contrast (text ≥ 4.5:1, checked):
    /// accent #6b2a63 on #fff 9.8:1, on #e8d5e5 7.1:1; #fff on #4e1d48 13.2:1.
    static func themeColours(_ project: ProjectIdentity) -> String {
        """
        /* Färger för \(project.name). Allt annat kommer från standardtemat.
           Håll kontrasten: text och länkar minst 4,5:1 mot bakgrunden (WCAG 2.1 AA).
           accent #6b2a63 mot #fff 9,8:1, mot #e8d5e5 7,1:1; vit text mot #4e1d48 13,2:1. */
        :root {
          --accent: #6b2a63;
          --accent-dark: #4e1d48;
          --light: #f6eef5;
          --step: #f1e4ef;
          --step-current: #e8d5e5;
        }

        """
    }
}

/// A project's display name and the slug of its page (`SAMBA` → `samba`).
public struct ProjectIdentity: Sendable, Hashable {
    public var name: String
    public var slug: String

    public init(name: String) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.slug = Slug.make(self.name)
    }
}

extension NewBank {
    /// The `titel:` of a page's front matter, read plainly (enough for pages this tool wrote).
    static func title(of text: String) -> String? {
        guard text.hasPrefix("---") else { return nil }
        for line in text.split(separator: "\n").dropFirst() {
            if line.hasPrefix("---") { return nil }
            if line.hasPrefix("titel:") {
                var value = line.dropFirst("titel:".count).trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                return value
            }
        }
        return nil
    }
}
