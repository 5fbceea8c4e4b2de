import Foundation
import Testing
import SiteTesting

/// The privacy guard as a user meets it: `check` lists every finding and exits 1; `build` writes
/// nothing then, and lists accepted findings in its summary.
@Suite struct PrivacyCommandTests {
    static let bank = ExitStatusTests.config + """

          - mapp: fall
            mall: fall
            namn: Fall
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              anonymisering: { etikett: Anonymisering, typ: val, kravs: true, varden: { sammansatt: Sammansatt, fiktiv: Fiktiv, samtycke: Samtycke } }
        -- content/fall/a.md --
        ---
        titel: Alfa
        anonymisering: sammansatt
        ---
        Deltagaren 640823-3234 var 23 år.
        Ring växeln 0481-450 00. <!-- integritet: ok – kommunens växel -->
        Bodde i Kåremåla.
        """

    @Test func checkListsEveryFindingAndExitsOne() throws {
        let folder = try InlineSite(Self.bank + "\n-- skyddade-ord.txt --\nKåremåla\n").write()
        let result = try ExitStatusTests().run(["check", "--skyddade-ord", "skyddade-ord.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/fall/a.md:5:12: fel: personnummer 640823-**** (i texten)"), "\(result.stderr)")
        #expect(result.stderr.contains("content/fall/a.md:5:28: fel: exakt ålder \"23 år\""))
        #expect(result.stderr.contains("content/fall/a.md:7:9: fel: skyddat ord \"K*******\" (8 tecken)"))
        #expect(!result.stderr.contains("3234") && !result.stderr.contains("Kåremåla"), "\(result.stderr)")
        #expect(result.stdout.contains("content/fall/a.md:6:13: telefonnummer \"0481-450 00\" i en fallbeskrivning – skäl: kommunens växel"),
                "\(result.stdout)")
        #expect(result.stdout.contains("misslyckades: "))
    }

    @Test func buildWritesNothingOnAPrivacyError() throws {
        let folder = try InlineSite(Self.bank).write()
        let result = try ExitStatusTests().run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("fel: personnummer 640823-****"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }
}
