import Content

/// One case learning reduced to what the statistics count: its project, outcome, the values of
/// each dimension, how many months it lasted and which other fields it carries.
public struct CaseRecord: Sendable, Hashable {
    /// The project's slug; empty when the case names none.
    public var project: String
    /// The outcome value (`arbete`); nil when the case has none.
    public var outcome: String?
    /// Dimension field → its values (one for a choice or reference, several for a list, none when missing).
    public var attributes: [String: [String]]
    /// Months from start to end (`2012-03` → `2013-02` is 11); nil without both months.
    public var months: Int?
    /// Every front-matter field with its values as keys, for goals measured on other fields.
    public var fields: [String: [String]]

    public init(project: String, outcome: String?, attributes: [String: [String]] = [:], months: Int? = nil, fields: [String: [String]] = [:]) {
        self.project = project
        self.outcome = outcome
        self.attributes = attributes
        self.months = months
        self.fields = fields
    }

    /// The records of the case section's regular pages, in path order. Cases marked
    /// `anonymisering: fiktiv` are invented examples (and what `kunskapsbank new` writes) and are
    /// not counted.
    public static func records(from pages: [Page], config: StatisticsConfig) -> [CaseRecord] {
        pages.filter { $0.section == config.caseSection && $0.kind == .regular && !isFictional($0) }
            .sorted { $0.relativePath < $1.relativePath }
            .map { record(of: $0, config: config) }
    }

    static func isFictional(_ page: Page) -> Bool {
        if case .choice("fiktiv", _)? = page.value("anonymisering") { return true }
        return false
    }

    static func record(of page: Page, config: StatisticsConfig) -> CaseRecord {
        var fields: [String: [String]] = [:]
        for entry in page.fields { fields[entry.key] = keys(entry.value) }
        let project = config.projectField.flatMap { fields[$0]?.first } ?? ""
        let outcome = fields[config.outcomeField]?.first
        var attributes: [String: [String]] = [:]
        for dimension in config.dimensions { attributes[dimension.field] = fields[dimension.field] ?? [] }
        var months: Int?
        if let start = config.startField.flatMap({ page.value($0) }), let end = config.endField.flatMap({ page.value($0) }),
            case .month(let startYear, let startMonth) = start, case .month(let endYear, let endMonth) = end
        {
            months = (endYear - startYear) * 12 + endMonth - startMonth
        }
        return CaseRecord(project: project, outcome: outcome, attributes: attributes, months: months, fields: fields)
    }

    /// The keys of a value as written in front matter (choice keys, reference slugs, list items).
    static func keys(_ value: FieldValue) -> [String] {
        switch value {
        case .text(let text): return [text]
        case .number(let number): return [number == number.rounded() ? String(Int(number)) : String(number)]
        case .month(let year, let month): return [String(format2: year, month)]
        case .date(let year, let month, let day): return [String(format2: year, month) + "-" + (day < 10 ? "0\(day)" : "\(day)")]
        case .choice(let key, _): return [key]
        case .reference(_, let slug): return [slug]
        case .list(let items): return items.flatMap(keys)
        }
    }
}

extension String {
    fileprivate init(format2 year: Int, _ month: Int) {
        self = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }
}
