import Content
import SiteBuilder
import SiteCore
import SiteTesting
@testable import Statistics

/// Tiny banks for statistics tests: a case section with project, municipality, outcome and months,
/// written inline (through the real loader) or made in memory (for many random banks).
enum StatisticsFixture {
    static let configHead = """
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          sprak: sv
        sektioner:
          - mapp: projekt
            mall: projekt
            namn: Projekt
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
          - mapp: fall
            mall: fall
            namn: Fall
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              projekt: { etikett: Projekt, typ: referens, referens: projekt }
              kommun: { etikett: Kommun, typ: val, varden: { a: Aby, b: Bby } }
              utfall: { etikett: Utfall, typ: val, kravs: true, varden: { arbete: Arbete, studier: Studier, stod: Stöd, avbrott: Avbrott } }
              inskriven: { etikett: Inskriven, typ: manad }
              avslutad: { etikett: Avslutad, typ: manad }
        """

    static func statistikSection(k: Int = 3, extra: String = "") -> String {
        """
        statistik:
          k: \(k)
          fall: fall
          utfall: utfall
          start: inskriven
          slut: avslutad
          grupper:
            - { nyckel: egen, namn: Egen försörjning, varden: [arbete, studier] }
            - { nyckel: stod, namn: Stöd, varden: [stod] }
            - { nyckel: avbrott, namn: Avbrott, varden: [avbrott] }
          dimensioner:
            - falt: kommun
        \(extra)
        """
    }

    /// `cases`: (kommun, utfall, start month, end month) per case, all in project `p`.
    static func bank(_ cases: [(String, String, String, String)], k: Int = 3, extra: String = "") -> String {
        var text = configHead + "\n" + statistikSection(k: k, extra: extra) + "\n-- content/projekt/p.md --\n---\ntitel: P\n---\n"
        for (index, item) in cases.enumerated() {
            text += """
                -- content/fall/f\(index + 1).md --
                ---
                titel: Fall \(index + 1)
                projekt: p
                kommun: \(item.0)
                utfall: \(item.1)
                inskriven: "\(item.2)"
                avslutad: "\(item.3)"
                ---
                Text.

                """
        }
        return text
    }

    static func statistics(_ text: String) throws -> (BankStatistics?, [Diagnostic]) {
        let folder = try InlineSite(text).write()
        return SiteBuilder.statistics(contentFolder: folder + "/content")
    }

    // MARK: In memory

    static let schema = SectionSchema(folder: "fall", template: "fall", name: "Fall", fields: [
        FieldSchema(key: "titel", label: "Titel", type: .text, required: true),
        FieldSchema(key: "projekt", label: "Projekt", type: .reference, referenceSection: "projekt"),
        FieldSchema(key: "kommun", label: "Kommun", type: .choice, choices: [Choice(key: "a", label: "A"), Choice(key: "b", label: "B"), Choice(key: "c", label: "C")]),
        FieldSchema(key: "utfall", label: "Utfall", type: .choice, choices: ["u1", "u2", "u3", "u4", "u5"].map { Choice(key: $0, label: $0.uppercased()) }),
        FieldSchema(key: "inskriven", label: "Inskriven", type: .month),
        FieldSchema(key: "avslutad", label: "Avslutad", type: .month),
    ])

    static let memoryConfig = StatisticsConfig(
        threshold: 3, caseSection: "fall", outcomeField: "utfall", projectField: "projekt", startField: "inskriven", endField: "avslutad",
        groups: [OutcomeGroup(key: "g1", name: "G1", values: ["u1", "u2"]), OutcomeGroup(key: "g2", name: "G2", values: ["u3", "u4"]),
                 OutcomeGroup(key: "g3", name: "G3", values: ["u5"])],
        keyFigures: [KeyFigure(key: "kf", name: "KF", groups: ["g1", "g2"])],
        dimensions: [Dimension(field: "projekt", name: "Projekt"), Dimension(field: "kommun", name: "Kommun")],
        projects: ["p1": ProjectStatistics(goals: [Goal(name: "Tid", measure: .duration(values: ["u3"], months: 12, percent: 100))]), "p2": ProjectStatistics()])

    /// A random bank: `count` cases over two projects and three municipalities.
    static func randomStatistics(seed: UInt64, count: Int, threshold: Int) -> BankStatistics {
        var random = SeededRandom(seed: seed)
        let location = SourceLocation(file: "test")
        var pages = ["p1", "p2"].map { Page(source: $0, relativePath: "projekt/\($0).md", section: "projekt", slug: $0, kind: .regular, sitePath: .page(["projekt", $0]), title: $0.uppercased(), body: "") }
        for index in 0..<count {
            let months = random.next(below: 20)
            let fields: [FieldEntry] = [
                FieldEntry(key: "projekt", value: .reference(section: "projekt", slug: random.next(below: 3) == 0 ? "p2" : "p1"), location: location),
                FieldEntry(key: "kommun", value: .choice(key: ["a", "b", "c"][random.next(below: 3)], label: ""), location: location),
                FieldEntry(key: "utfall", value: .choice(key: "u\(1 + random.next(below: 5))", label: ""), location: location),
                FieldEntry(key: "inskriven", value: .month(year: 2012, month: 1), location: location),
                FieldEntry(key: "avslutad", value: .month(year: 2012 + (months + 1) / 12, month: 1 + (months + 1) % 12), location: location),
            ]
            pages.append(Page(source: "f\(index)", relativePath: "fall/f\(index).md", section: "fall", slug: "f\(index)", kind: .regular,
                sitePath: .page(["fall", "f\(index)"]), title: "F\(index)", fields: fields, body: ""))
        }
        var config = memoryConfig
        config.threshold = threshold
        let bank = BankConfig(site: SiteSettings(title: "T"), sections: [
            SectionSchema(folder: "projekt", template: "projekt", name: "Projekt", fields: [FieldSchema(key: "titel", label: "Titel", type: .text)]),
            schema,
        ])
        return StatisticsBuilder(config: config, bank: bank, pages: pages, dataFiles: []).build().0
    }
}

/// A small, seeded generator (SplitMix64): the same seed gives the same banks on every run.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
