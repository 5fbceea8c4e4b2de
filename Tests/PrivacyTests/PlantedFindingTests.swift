import Foundation
import SiteCore
import Testing

/// Each kind of finding planted in each kind of input is caught at its line and column, and the
/// secret itself never appears in what is printed.
@Suite struct PlantedFindingTests {
    struct Plant: Sendable, CustomTestStringConvertible {
        let name: String
        let files: String
        let rule: String
        /// Ends the diagnostic's file, as printed (masked).
        let file: String
        let line: Int
        /// Column in the line; for file names, in the path inside the bank.
        let column: Int
        let place: String
        /// Must not appear anywhere in the printed diagnostic.
        let secret: String?

        var testDescription: String { name }
    }

    static let list = "-- skyddade-ord.txt --\nKåremåla\n"
    static let method = "-- content/metoder/b.md --\n---\ntitel: Beta\n---\nText.\n-- content/metoder/bild.png --\npng\n"

    static let plants: [Plant] = [
        // Identity numbers, everywhere.
        Plant(name: "personnummer i front matter", files: "-- content/metoder/a.md --\n---\ntitel: Alfa 640823-3234\n---\nText.\n" + method,
              rule: "integritet.personnummer", file: "content/metoder/a.md", line: 2, column: 13, place: "front matter, fältet titel", secret: "3234"),
        Plant(name: "personnummer i texten", files: "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\nText 640823-3234.\n" + method,
              rule: "integritet.personnummer", file: "content/metoder/a.md", line: 5, column: 6, place: "i texten", secret: "3234"),
        Plant(name: "personnummer i CSV", files: "-- content/data/t.csv --\nnamn,nummer\nx,6408233234\n" + method,
              rule: "integritet.personnummer", file: "content/data/t.csv", line: 2, column: 3, place: "i datafilen", secret: "3234"),
        Plant(name: "samordningsnummer i alt-text", files: "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\nSe ![Bild på 701063-2391](bild.png).\n" + method,
              rule: "integritet.samordningsnummer", file: "content/metoder/a.md", line: 5, column: 14, place: "alt-text", secret: "2391"),
        Plant(name: "personnummer i länktext", files: "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\nSe [ärendet\n19811218-9876](b.md).\n" + method,
              rule: "integritet.personnummer", file: "content/metoder/a.md", line: 6, column: 1, place: "i länktexten", secret: "9876"),
        Plant(name: "personnummer i filnamn", files: "-- content/metoder/640823-3234.md --\n---\ntitel: Alfa\n---\nText.\n" + method,
              rule: "integritet.personnummer", file: "content/metoder/640823-****.md", line: 1, column: 9, place: "i filnamnet", secret: "3234"),
        // Protected words, everywhere.
        Plant(name: "skyddat ord i front matter", files: list + "-- content/metoder/a.md --\n---\ntitel: Från KÅREMÅLA\n---\nText.\n" + method,
              rule: "integritet.skyddat-ord", file: "content/metoder/a.md", line: 2, column: 13, place: "front matter", secret: "REMÅLA"),
        Plant(name: "skyddat ord i texten", files: list + "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\nHon bor i Karemala.\n" + method,
              rule: "integritet.skyddat-ord", file: "content/metoder/a.md", line: 5, column: 11, place: "i texten", secret: "aremala"),
        Plant(name: "skyddat ord i CSV", files: list + "-- content/data/t.csv --\nort,antal\nKåremåla,3\n" + method,
              rule: "integritet.skyddat-ord", file: "content/data/t.csv", line: 2, column: 1, place: "i datafilen", secret: "remåla"),
        Plant(name: "skyddat ord i alt-text", files: list + "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\n![Vy över Kåremåla](bild.png)\n" + method,
              rule: "integritet.skyddat-ord", file: "content/metoder/a.md", line: 5, column: 11, place: "alt-text", secret: "remåla"),
        Plant(name: "skyddat ord i länktext", files: list + "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n\n- [Kåremåla](b.md)\n" + method,
              rule: "integritet.skyddat-ord", file: "content/metoder/a.md", line: 5, column: 4, place: "i länktexten", secret: "remåla"),
        Plant(name: "skyddat ord i filnamn", files: list + "-- content/metoder/karemala.md --\n---\ntitel: Alfa\n---\nText.\n" + method,
              rule: "integritet.skyddat-ord", file: "content/metoder/k*******.md", line: 1, column: 9, place: "i filnamnet", secret: "karemala"),
        // Personal details, in case learnings.
        Plant(name: "telefonnummer i front matter", files: PrivacyBank.casePage("f", frontMatter: "uppfoljning: >-\n  Samtal på\n  070-123 45 67.") + method,
              rule: "integritet.telefonnummer", file: "content/fall/f.md", line: 6, column: 3, place: "fältet uppfoljning", secret: nil),
        Plant(name: "e-post i texten", files: PrivacyBank.casePage("f", body: "\nSkriv till a.b@nybro.se.") + method,
              rule: "integritet.e-post", file: "content/fall/f.md", line: 7, column: 12, place: "i texten", secret: nil),
        Plant(name: "adress i alt-text", files: PrivacyBank.casePage("f", body: "![Huset på Storgatan 12](../metoder/bild.png)") + method,
              rule: "integritet.adress", file: "content/fall/f.md", line: 6, column: 12, place: "alt-text", secret: nil),
        Plant(name: "ålder i länktext", files: PrivacyBank.casePage("f", body: "Se [en 23-årig deltagare](../metoder/b.md).") + method,
              rule: "integritet.alder", file: "content/fall/f.md", line: 6, column: 8, place: "i länktexten", secret: nil),
        Plant(name: "datum i filnamn", files: PrivacyBank.casePage("mote-2012-03-14", title: "Mötet") + method,
              rule: "integritet.datum", file: "content/fall/mote-2012-03-14.md", line: 1, column: 11, place: "i filnamnet", secret: nil),
    ]

    @Test(arguments: plants)
    func plantedFindingIsCaughtAtItsPlace(plant: Plant) async throws {
        let result = try await PrivacyBank.build(plant.files)
        let found = result.privacy
        #expect(found.count == 1, "\(found.map { $0.formatted() })")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.rule == plant.rule)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file.hasSuffix(plant.file), "\(diagnostic.location.file)")
        #expect(diagnostic.location.line == plant.line)
        let prefix = plant.place == "i filnamnet" ? diagnostic.location.file.count - plant.file.count + "content/".count : 0
        #expect(diagnostic.location.column == prefix + plant.column, "\(diagnostic.formatted())")
        #expect(diagnostic.message.contains(plant.place), "\(diagnostic.message)")
        #expect(!result.report.succeeded)
        if let secret = plant.secret {
            for printed in result.report.diagnostics.map({ $0.formatted() }) {
                #expect(!printed.contains(secret), "\(printed)")
            }
        }
    }

    @Test func identityNumberWithWrongCheckDigitIsAWarning() async throws {
        let result = try await PrivacyBank.build("-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nNummer 640823-3235.\n")
        #expect(result.privacy.map(\.rule) == ["integritet.personnummer-form"])
        #expect(result.privacy.first?.severity == .warning)
        #expect(result.report.succeeded)
    }

    @Test func caseDetailsOutsideCaseLearningsAreAllowed() async throws {
        let result = try await PrivacyBank.build(
            "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nRing växeln 0481-450 00 den 3 maj. Från 19 år.\n")
        #expect(result.privacy.isEmpty, "\(result.privacy.map { $0.formatted() })")
    }

    @Test func caseDetailSeverityFollowsTheConfiguration() async throws {
        let result = try await PrivacyBank.build(
            PrivacyBank.casePage("f", body: "Mötet den 3 maj."),
            integritet: "integritet:\n  uppgifter-i-fall: { datum: varning }")
        #expect(result.privacy.map(\.rule) == ["integritet.datum"])
        #expect(result.privacy.first?.severity == .warning)
    }
}
