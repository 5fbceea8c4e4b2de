import Foundation
import SiteCore
import Testing

/// Rule 3's list: named in the configuration or on the command line, outside `content/`, never
/// published, and never printed.
@Suite struct ProtectedWordListTests {
    static let page = "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nBesök hos Svensson i Kåremåla.\n"

    @Test func listNamedInTheConfigurationIsReadRelativeToContent() async throws {
        let result = try await PrivacyBank.build(
            "-- lista.txt --\nSvensson\n" + Self.page, integritet: "integritet:\n  skyddade-ord: ../lista.txt")
        #expect(result.privacy.map(\.rule) == ["integritet.skyddat-ord"])
        #expect(result.privacy.first?.message == "skyddat ord \"S*******\" (8 tecken) (i texten)")
    }

    @Test func commandLineListOverridesTheConfiguredOne() async throws {
        let site = "-- skyddade-ord.txt --\nSvensson\n-- annan-lista.txt --\nKåremåla\n" + Self.page
        let result = try await PrivacyBank.build(
            site, integritet: "integritet:\n  skyddade-ord: ../skyddade-ord.txt", protectedWords: "annan-lista.txt")
        #expect(result.privacy.map(\.message) == ["skyddat ord \"K*******\" (8 tecken) (i texten)"])
    }

    @Test func listInsideContentIsAnErrorAndIsNeverPublished() async throws {
        let result = try await PrivacyBank.build(
            "-- content/sidor/skyddade-ord.txt --\nSvensson\n" + Self.page,
            integritet: "integritet:\n  skyddade-ord: sidor/skyddade-ord.txt", writeOutput: true)
        #expect(result.privacy.map(\.rule) == ["integritet.skyddade-ord-i-innehallet"])
        #expect(result.privacy.first?.location.file.hasSuffix("content/kunskapsbank.yml") == true)
        #expect(!result.report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: result.folder + "/site"))
    }

    @Test func listGivenOnTheCommandLineInsideContentIsAnErrorWithoutQuotingIt() async throws {
        let site = "-- content/data/namn.txt --\nSvensson\n" + Self.page
        let result = try await PrivacyBank.build(site, protectedWords: "content/data/../data/namn.txt")
        #expect(result.privacy.map(\.rule) == ["integritet.skyddade-ord-i-innehallet"])
        #expect(result.privacy.first.map { !$0.formatted().contains("Svensson") } == true)
    }

    @Test func missingListStopsTheBuild() async throws {
        let result = try await PrivacyBank.build(Self.page, protectedWords: "/finns/inte/skyddade-ord.txt")
        #expect(result.privacy.map(\.rule) == ["integritet.skyddade-ord-saknas"])
        #expect(!result.report.succeeded)
    }

    /// Other stages' diagnostics on a line holding a protected word or an identity number print it
    /// masked too.
    @Test func diagnosticsOfOtherStagesAreMasked() async throws {
        let result = try await PrivacyBank.build(
            "-- skyddade-ord.txt --\nSvensson\n-- content/metoder/a.md --\n---\ntitel: Alfa\n---\n"
                + "Svensson (640823-3234) [länk](saknas.md).\n")
        let broken = try #require(result.report.diagnostics.first { $0.rule == "link.broken" })
        #expect(broken.sourceLine == "S******* (640823-****) [länk](saknas.md).")
        for printed in result.report.diagnostics.map({ $0.formatted() }) {
            #expect(!printed.contains("Svensson") && !printed.contains("3234"), "\(printed)")
        }
    }
}
