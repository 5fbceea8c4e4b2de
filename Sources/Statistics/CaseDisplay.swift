/// How a case page may show its front matter without letting a reader who counts case pages learn
/// what the tables hide: the outcome only as its group, and each other field only when the cases,
/// counted by group and every field shown so far, leave no combination with 1 to k−1 cases
/// (a month field may fall back to its year).
public struct CaseDisplay: Sendable, Hashable {
    public enum Granularity: Sendable, Hashable {
        case full
        /// A month shown as its year.
        case year
        case hidden
    }

    public var outcomeField: String
    /// Outcome value → the group's name.
    public var groupNames: [String: String]
    /// Fields not listed are shown in full.
    public var granularity: [String: Granularity]

    public init(outcomeField: String, groupNames: [String: String], granularity: [String: Granularity] = [:]) {
        self.outcomeField = outcomeField
        self.groupNames = groupNames
        self.granularity = granularity
    }

    public func granularity(of field: String) -> Granularity { granularity[field] ?? .full }

    /// Decides each field's granularity, in schema order, greedily keeping what is safe.
    /// Free text is the author's to write at group level; fields the config always shows are not decided.
    static func decide(records: [CaseRecord], fieldKinds: [(key: String, isMonth: Bool, isDecidable: Bool)], config: StatisticsConfig) -> CaseDisplay {
        var names: [String: String] = [:]
        for group in config.groups { for value in group.values { names[value] = group.name } }
        var display = CaseDisplay(outcomeField: config.outcomeField, groupNames: names)
        var shown: [(String, Bool)] = []
        for field in fieldKinds where field.key != config.outcomeField && field.isDecidable {
            let options: [Granularity] = field.isMonth ? [.full, .year] : [.full]
            var chosen = Granularity.hidden
            for option in options where isSafe(records, shown + [(field.key, option == .year)], config: config) {
                chosen = option
                break
            }
            display.granularity[field.key] = chosen
            if chosen != .hidden { shown.append((field.key, chosen == .year)) }
        }
        return display
    }

    private static func isSafe(_ records: [CaseRecord], _ fields: [(String, Bool)], config: StatisticsConfig) -> Bool {
        var counts: [[String]: Int] = [:]
        for record in records {
            var key = [config.group(of: record.outcome ?? "")?.key ?? ""]
            for (field, yearOnly) in fields {
                let value = (record.fields[field] ?? []).sorted().joined(separator: "|")
                key.append(yearOnly ? String(value.prefix(4)) : value)
            }
            counts[key, default: 0] += 1
        }
        return counts.values.allSatisfy { $0 >= config.threshold }
    }
}
