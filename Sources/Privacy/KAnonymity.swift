import Content
import SiteCore

/// Rule 5: every combination of quasi-identifiers that case pages show (project, municipality,
/// age band, year of enrolment …) must occur in at least k cases, or the few who share it could be
/// recognised by people who know them.
struct KAnonymity {
    let k: Int
    let identifiers: [QuasiIdentifier]
    let config: BankConfig
    /// Titles of all pages by section and slug, to name referenced pages as readers see them.
    let titles: [String: String]

    init(settings: PrivacySettings, config: BankConfig, pages: [Page]) {
        k = settings.k
        identifiers = settings.quasiIdentifiers
        self.config = config
        titles = Dictionary(pages.map { ("\($0.section ?? "")/\($0.slug)", $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// `page` as it may be published: each quasi-identifier only as finely as configured.
    static func published(_ page: Page, identifiers: [QuasiIdentifier]) -> Page {
        var page = page
        for identifier in identifiers where identifier.granularity != .value {
            guard let index = page.fields.firstIndex(where: { $0.key == identifier.field }) else { continue }
            if identifier.granularity == .hidden {
                page.fields.remove(at: index)
            } else {
                page.fields[index].value = coarsened(page.fields[index].value, to: identifier.granularity)
            }
        }
        return page
    }

    static func coarsened(_ value: FieldValue, to granularity: QuasiIdentifier.Granularity) -> FieldValue {
        switch (value, granularity) {
        case (.month(let year, _), .year), (.date(let year, _, _), .year): .text(String(year))
        case (.date(let year, let month, _), .month): .month(year: year, month: month)
        default: value
        }
    }

    /// An error on every case whose combination fewer than k cases share. `cases` are published
    /// pages (already coarsened).
    func check(_ cases: [Page]) -> [Diagnostic] {
        guard !identifiers.isEmpty, k > 1 else { return [] }
        let keys = cases.map { page in identifiers.map { key(page.value($0.field)) } }
        var groups: [[String]: [Int]] = [:]
        for (index, key) in keys.enumerated() { groups[key, default: []].append(index) }
        var diagnostics: [Diagnostic] = []
        for members in groups.values where members.count < k {
            let names = members.map { cases[$0].slug }.sorted()
            let first = cases[members[0]]
            let combination = identifiers.map { "\(label($0, in: first)): \(describe(first.value($0.field)))" }
            let message = "kombinationen \(combination.joined(separator: ", ")) visas på \(members.count) "
                + (members.count == 1 ? "fallbeskrivning" : "fallbeskrivningar") + " (\(names.joined(separator: ", "))); "
                + "minst \(k) krävs för att ingen ska kunna kännas igen"
            let hint = suggestion(for: keys[members[0]], keys: keys, page: first)
            for member in members {
                let page = cases[member]
                let location = identifiers.lazy.compactMap { identifier in
                    page.fields.first { $0.key == identifier.field }?.location
                }.first ?? SourceLocation(file: page.source)
                diagnostics.append(Diagnostic(.error, at: location, rule: "integritet.k-anonymitet", message, hint: hint))
            }
        }
        return diagnostics.sorted()
    }

    /// Which single field, shown more coarsely or not at all, would merge the group into one of at
    /// least k cases.
    private func suggestion(for key: [String], keys: [[String]], page: Page) -> String {
        var options: [String] = []
        for (position, identifier) in identifiers.enumerated() {
            let merged = keys.count { other in other.indices.allSatisfy { $0 == position || other[$0] == key[$0] } }
            guard merged >= k else { continue }
            var option = "\(identifier.field) (gruppen blir då \(merged) fall)"
            if identifier.granularity == .value, isMonthOrDate(page.value(identifier.field)) {
                option += ", t.ex. med \(identifier.field): ar eller \(identifier.field): dold under integritet: kvasi-identifierare"
            }
            options.append(option)
        }
        if options.isEmpty {
            return "grovgör eller dölj flera av fälten \(identifiers.map(\.field).joined(separator: ", ")), "
                + "eller slå ihop fallen till ett sammansatt exempel"
        }
        return "grovgör eller dölj ett av fälten på dessa fall: " + options.joined(separator: "; ")
            + "; eller slå ihop fallen till ett sammansatt exempel"
    }

    private func isMonthOrDate(_ value: FieldValue?) -> Bool {
        switch value {
        case .month?, .date?: true
        default: false
        }
    }

    private func label(_ identifier: QuasiIdentifier, in page: Page) -> String {
        page.section.flatMap { config.section($0)?.field(identifier.field)?.label } ?? identifier.field
    }

    /// A value as a grouping key: equal keys are equal on the page.
    private func key(_ value: FieldValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .text(let text): return "t:" + text
        case .number(let number): return "n:\(number)"
        case .month(let year, let month): return "m:\(year)-\(month)"
        case .date(let year, let month, let day): return "d:\(year)-\(month)-\(day)"
        case .choice(let key, _): return "c:" + key
        case .reference(let section, let slug): return "r:\(section)/\(slug)"
        case .list(let items): return "l:" + items.map(key).sorted().joined(separator: "|")
        }
    }

    /// A value as readers see it (`Nybro`, `19–23 år`, `DRIVE`, `juni 2012`).
    private func describe(_ value: FieldValue?) -> String {
        guard let value else { return "(saknas)" }
        switch value {
        case .text(let text): return text
        case .number(let number): return SwedishNumber.format(number, decimals: number == number.rounded() ? 0 : 2)
        case .month(let year, let month):
            return (1...12).contains(month) ? "\(Self.monthNames[month - 1]) \(year)" : "\(year)"
        case .date(let year, let month, let day):
            return (1...12).contains(month) ? "\(day) \(Self.monthNames[month - 1]) \(year)" : "\(year)"
        case .choice(_, let label): return label
        case .reference(let section, let slug): return titles["\(section)/\(slug)"] ?? slug
        case .list(let items): return items.map(describe).joined(separator: ", ")
        }
    }

    private static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]
}
