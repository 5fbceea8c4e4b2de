import Foundation
import SiteCore

/// Runs the text rules over one input after another, applies the annotations, and collects
/// diagnostics, accepted findings and the lines to mask.
struct InputScanner {
    let words: ProtectedWords
    let listName: String
    let caseRule: CaseDetailRule
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var accepted: [AcceptedFinding] = []
    private(set) var mask: SensitiveMask

    /// Front-matter fields about the page itself, not the person: their dates are allowed.
    static let publicationFields: Set<String> = ["publicerad", "senast-uppdaterad"]

    init(words: ProtectedWords, listName: String, caseRule: CaseDetailRule) {
        self.words = words
        self.listName = listName
        self.caseRule = caseRule
        mask = SensitiveMask(words: words)
    }

    mutating func run(_ input: PrivacyInput) {
        let style = input.style
        var findings = IdentityNumberRule.findings(in: input.text, acceptanceHint: style.hint)
        findings += words.findings(in: input.text, listName: listName, acceptanceHint: style.hint)
        var caseFindings = input.isCase ? caseRule.findings(in: input.text, acceptanceHint: style.hint) : []
        let annotations = Acceptance.scan(input.text, style: style)
        // Most texts hold neither a finding nor an annotation: nothing to report, no lines to count.
        guard !findings.isEmpty || !caseFindings.isEmpty || !annotations.isEmpty else { return }
        let lines = TextLines(input.text)
        caseFindings = caseFindings.filter { finding in
            guard case .frontMatter = input.place, finding.rule == CaseDetail.date.rule else { return true }
            let line = lines.position(of: finding.range.lowerBound).line
            return !Self.publicationFields.contains(input.frontMatterKey(onLine: line, lines: lines) ?? "")
        }
        findings += caseFindings
        var acceptances = Acceptance.find(annotations, in: lines)
        if case .frontMatter = input.place { acceptances = acceptances.map { $0.coveringField(in: lines) } }
        var used = Array(repeating: false, count: acceptances.count)
        for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let position = lines.position(of: finding.range.lowerBound)
            let location = input.location(position)
            let sourceLine = input.place.isFileName ? input.file : String(lines.line(position.line))
            if !input.place.isFileName { mask.note(file: input.file, line: location.line, text: Substring(sourceLine)) }
            if let index = acceptances.firstIndex(where: { $0.covers(line: position.line) }), let reason = acceptances[index].reason {
                used[index] = true
                accepted.append(AcceptedFinding(location: location, rule: finding.rule, finding: finding.what, reason: reason))
                continue
            }
            diagnostics.append(Diagnostic(
                finding.severity, at: location, rule: finding.rule,
                "\(finding.what) (\(input.placeName(of: finding.range, lines: lines)))", hint: finding.hint,
                sourceLine: mask.mask(sourceLine)))
        }
        for (index, acceptance) in acceptances.enumerated() where !used[index] {
            let location = input.location((acceptance.firstLine, acceptance.column))
            let sourceLine = mask.mask(String(lines.line(acceptance.firstLine)))
            if acceptance.reason == nil {
                diagnostics.append(Diagnostic(
                    .warning, at: location, rule: "integritet.godkannande-utan-skal",
                    "godkännandet saknar skäl och godkänner därför ingenting",
                    hint: style == .markdown
                        ? "skriv skälet efter ok: <!-- integritet: ok – telefonnummer till kommunens växel -->"
                        : "skriv skälet efter ok: # integritet: ok – telefonnummer till kommunens växel",
                    sourceLine: sourceLine))
            } else {
                diagnostics.append(Diagnostic(
                    .warning, at: location, rule: "integritet.godkannande-oanvant",
                    "godkännandet gäller inget fynd " + (acceptance.standsAlone ? "på nästa rad" : "på den här raden"),
                    hint: "ta bort kommentaren, eller flytta den till raden före fyndet", sourceLine: sourceLine))
            }
        }
    }
}

extension InputScanner {
    /// `run` over every input, in chunks on all cores, merged in input order: the same diagnostics,
    /// accepted findings and mask as running them one after another.
    mutating func run(all inputs: [PrivacyInput]) {
        let scanner = InputScanner(words: words, listName: listName, caseRule: caseRule)
        let parts = parallelMap(chunks(inputs, count: ProcessInfo.processInfo.activeProcessorCount * 8)) { chunk in
            var part = scanner
            for input in chunk { part.run(input) }
            return part
        }
        for part in parts {
            diagnostics += part.diagnostics
            accepted += part.accepted
            mask.merge(part.mask)
        }
    }
}

extension PrivacyInput.Place {
    var isFileName: Bool {
        if case .fileName = self { return true }
        return false
    }
}
