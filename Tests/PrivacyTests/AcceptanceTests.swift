import Foundation
import SiteBuilder
import SiteTesting
import SiteCore
import Testing

/// Rule 6: only an annotation with a reason, on the finding's line or the line before, accepts it;
/// every accepted finding is listed in the build report.
@Suite struct AcceptanceTests {
    func page(_ body: String) -> String {
        PrivacyBank.casePage("f", body: body)
    }

    @Test(arguments: [
        "Ring växeln 0481-450 00. <!-- integritet: ok – telefonnummer till kommunens växel -->",
        "<!-- integritet: ok – telefonnummer till kommunens växel -->\nRing växeln 0481-450 00.",
        "<!--integritet:ok: telefonnummer till kommunens växel-->\nRing växeln 0481-450 00.",
        "<!-- integritet: ok –\n     telefonnummer till kommunens växel -->\nRing växeln 0481-450 00.",
    ])
    func annotationWithAReasonAcceptsAndIsListed(body: String) async throws {
        let result = try await PrivacyBank.build(page(body))
        #expect(result.privacy.isEmpty, "\(result.privacy.map { $0.formatted() })")
        let accepted = try #require(result.report.acceptedFindings.first)
        #expect(result.report.acceptedFindings.count == 1)
        #expect(accepted.rule == "integritet.telefonnummer")
        #expect(accepted.reason == "telefonnummer till kommunens växel")
        #expect(accepted.location.file.hasSuffix("content/fall/f.md"))
        #expect(accepted.formatted().contains("telefonnummer \"0481-450 00\""))
        #expect(result.report.succeeded)
    }

    @Test func annotationAfterTextAcceptsOnlyItsOwnLine() async throws {
        let result = try await PrivacyBank.build(page(
            "Växeln 0481-450 00. <!-- integritet: ok – kommunens växel -->\nMobil 070-123 45 67."))
        #expect(result.privacy.map(\.location.line) == [7])
        #expect(result.report.acceptedFindings.map(\.location.line) == [6])
    }

    @Test func annotationTwoLinesAboveAcceptsNothing() async throws {
        let result = try await PrivacyBank.build(page(
            "<!-- integritet: ok – telefonnummer till kommunens växel -->\nEn rad emellan.\nRing 0481-450 00."))
        #expect(result.privacy.map(\.rule).sorted() == ["integritet.godkannande-oanvant", "integritet.telefonnummer"])
        #expect(result.report.acceptedFindings.isEmpty)
    }

    @Test(arguments: ["<!-- integritet: ok -->", "<!-- integritet: ok – -->", "<!-- integritet: ok: 123 -->"])
    func annotationWithoutAReasonAcceptsNothing(annotation: String) async throws {
        let result = try await PrivacyBank.build(page("Ring 0481-450 00. \(annotation)"))
        #expect(result.privacy.map(\.rule).sorted() == ["integritet.godkannande-utan-skal", "integritet.telefonnummer"])
        #expect(!result.report.succeeded)
    }

    @Test func hashCommentAcceptsInFrontMatterOverAWholeBlockField() async throws {
        let result = try await PrivacyBank.build(PrivacyBank.casePage("f", frontMatter: """
            # integritet: ok – växelns nummer, inte deltagarens
            uppfoljning: >-
              Uppföljningen gjordes per telefon
              via växeln 0481-450 00.
            """))
        #expect(result.privacy.isEmpty, "\(result.privacy.map { $0.formatted() })")
        #expect(result.report.acceptedFindings.map(\.location.line) == [7])
    }

    @Test func hashCommentAcceptsInCSVAndIsNoTableRow() async throws {
        let result = try await PrivacyBank.build("""
            -- content/data/t.csv --
            År,Kontakt
            # integritet: ok – påhittat testnummer från Skatteverket
            2012,121212-1212
            -- content/metoder/a.md --
            ---
            titel: Alfa
            ---
            ```tabell
            rubrik: Kontakter
            källa: data/t.csv
            ```
            """, writeOutput: true)
        #expect(result.report.diagnostics.filter { $0.rule != "link.orphan" && $0.rule != "publish.no-base-url" }.isEmpty, "\(result.report.diagnostics.map { $0.formatted() })")
        #expect(result.report.acceptedFindings.map(\.finding) == ["personnummer 121212-****"])
        #expect(result.report.acceptedFindings.map(\.reason) == ["påhittat testnummer från Skatteverket"])
        let page = try #require(result.output["metoder/a/index.html"])
        #expect(!page.contains("integritet"))
        #expect(page.contains("121212-1212"), "an accepted finding is published as written")
    }

    @Test func reasonsArePrintedMasked() async throws {
        let result = try await PrivacyBank.build(page("Nummer 121212-1212. <!-- integritet: ok – testnumret 121212-1212 -->"))
        // The number in the text and the one in the reason itself are both accepted.
        #expect(result.report.acceptedFindings.map(\.reason) == Array(repeating: "testnumret 121212-****", count: 2))
    }

    @Test func annotationThatAcceptsNothingIsAWarning() async throws {
        let result = try await PrivacyBank.build(page("Inget här. <!-- integritet: ok – gammal kommentar -->"))
        #expect(result.privacy.map(\.rule) == ["integritet.godkannande-oanvant"])
        #expect(result.privacy.first?.location.line == 6)
        #expect(result.privacy.first?.location.column == 12)
        #expect(result.report.succeeded)
    }
}

/// An identical rebuild is skipped, and still lists the findings the skipped build accepted.
@Suite struct AcceptedFindingsOnRebuildTests {
    /// The output marker is published with the site, so a build with accepted privacy findings is
    /// not recorded there: the identical rebuild runs in full and lists the findings again.
    @Test func anIdenticalRebuildListsTheAcceptedFindingsAgain() async throws {
        let page = PrivacyBank.casePage(
            "f", body: "Ring växeln 0481-450 00. <!-- integritet: ok – telefonnummer till kommunens växel -->")
        let first = try await PrivacyBank.build(page, writeOutput: true)
        #expect(first.report.wroteOutput && first.report.acceptedFindings.count == 1)
        let marker = try String(contentsOfFile: first.folder + "/site/.kunskapsbank-webbplats", encoding: .utf8)
        #expect(!marker.contains("integritet"), "nothing from the privacy stage in a published file")
        #expect(!marker.contains("0481"))
        let second = await SiteBuilder.build(BuildOptions(
            contentFolder: first.folder + "/content", outputFolder: first.folder + "/site", themesFolder: SiteTesting.defaultThemes))
        #expect(second.wroteOutput, "not skipped: the accepted findings were not recorded")
        #expect(second.acceptedFindings == first.report.acceptedFindings)
    }
}
