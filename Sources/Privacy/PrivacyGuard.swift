/// The privacy stage: makes sure no identifiable participant reaches the published site. It reads
/// every input of the bank — Markdown bodies (with link and alt texts), front matter, data files,
/// copied text files and file names — for Swedish identity numbers and protected words, reads case
/// learnings for phone numbers, e-mail and street addresses, exact dates and ages, checks that
/// each case declares its anonymisation and that the quasi-identifiers its page shows are shared
/// by at least k cases. A finding is accepted only by an inline annotation with a reason.
/// It hands on a `PrivacyReport`: the diagnostics (any error stops publishing), the accepted
/// findings for the build summary, the pages as they may be published, and a mask that hides
/// identity numbers and protected words in everything printed. Nothing here writes to disk.
import Content
import Foundation
import SiteCore

/// Runs every privacy rule over a loaded bank.
public struct PrivacyGuard: Sendable {
    /// The bank folder as the user gave it (`content`).
    public let contentFolder: String
    /// `--skyddade-ord FILE`: overrides `integritet: skyddade-ord:`; relative to the working folder.
    public let protectedWordsFile: String?

    public init(contentFolder: String, protectedWordsFile: String? = nil) {
        self.contentFolder = ContentLoader(contentFolder: contentFolder).contentFolder
        self.protectedWordsFile = protectedWordsFile
    }

    public func check(_ bank: LoadedBank, config: BankConfig) -> PrivacyReport {
        let configFile = (contentFolder == "/" ? "" : contentFolder) + "/" + "kunskapsbank.yml"
        var (settings, diagnostics) = PrivacySettings.read(config.extensions["integritet"], config: config, file: configFile)
        let list = ProtectedWordList.load(commandLine: protectedWordsFile, settings: settings, contentFolder: contentFolder)
        diagnostics += list.diagnostics
        settings.caseSections = settings.caseSections.filter { config.section($0) != nil }

        var scan = InputScanner(
            words: list.words, listName: list.name ?? "", caseRule: CaseDetailRule(severities: settings.severities))
        let inputs = PrivacyInput.collect(
            bank, caseSections: Set(settings.caseSections), contentFolder: contentFolder, skipping: list.pathInsideBank)
        scan.run(all: inputs)
        diagnostics += scan.diagnostics

        let isCase = { (page: Page) in page.kind == .regular && page.section.map(settings.caseSections.contains) ?? false }
        var published = bank.pages
        for index in published.indices where isCase(published[index]) {
            let page = published[index]
            if let problem = AnonymisationRule.check(page, schema: page.section.flatMap(config.section)) {
                diagnostics.append(problem)
            }
            published[index] = KAnonymity.published(page, identifiers: settings.quasiIdentifiers)
        }
        diagnostics += KAnonymity(settings: settings, config: config, pages: bank.pages).check(published.filter(isCase))

        let mask = scan.mask
        return PrivacyReport(
            diagnostics: diagnostics.map(mask.mask).sorted(),
            accepted: scan.accepted.map { accepted in
                var accepted = accepted
                accepted.location.file = mask.mask(accepted.location.file)
                accepted.reason = mask.mask(accepted.reason)
                return accepted
            }.sorted(),
            publishedPages: published, mask: mask)
    }
}

/// What the privacy stage found and what may be published.
public struct PrivacyReport: Sendable {
    /// Errors stop publishing; sorted.
    public var diagnostics: [Diagnostic]
    /// Findings an annotation accepted, for the build summary; sorted.
    public var accepted: [AcceptedFinding]
    /// The bank's pages with each quasi-identifier of a case only as fine as configured.
    public var publishedPages: [Page]
    let mask: SensitiveMask

    /// `diagnostics` with identity numbers and protected words hidden in everything printed.
    public func masking(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map(mask.mask)
    }
}
