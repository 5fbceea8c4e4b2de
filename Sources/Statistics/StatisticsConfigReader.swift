import Content
import SiteCore

/// Reads the `statistik:` section into a `StatisticsConfig`, checking it against the sections'
/// schemas. Every mistake is a diagnostic at its own line; a section with errors gives no config.
public struct StatisticsConfigReader {
    let file: String
    let bank: BankConfig
    private(set) var diagnostics: [Diagnostic] = []

    public init(file: String, bank: BankConfig) {
        self.file = file
        self.bank = bank
    }

    public static func read(_ node: YAMLNode, file: String, bank: BankConfig) -> (config: StatisticsConfig?, diagnostics: [Diagnostic]) {
        var reader = StatisticsConfigReader(file: file, bank: bank)
        let config = reader.read(node)
        return (reader.diagnostics.contains { $0.severity == .error } ? nil : config, reader.diagnostics)
    }

    static let topKeys = [
        "titel", "mapp", "k", "fall", "utfall", "projekt-falt", "start", "slut", "kalla", "grupper", "nyckeltal",
        "dimensioner", "samhallsvinst", "projekt", "fallsidor",
    ]

    mutating func read(_ node: YAMLNode) -> StatisticsConfig? {
        guard let entries = mapping(node, "statistik") else { return nil }
        checkKeys(entries, allowed: Self.topKeys, in: "statistik")
        let location = place(node)
        guard let caseEntry = entry(entries, "fall", in: node, required: true), let caseFolder = text(caseEntry.value) else { return nil }
        guard let cases = bank.section(caseFolder) else {
            report(caseEntry.value, "statistik.unknown-section", "sektionen \"\(caseFolder)\" finns inte",
                hint: NearestMatch.hint(for: caseFolder, among: bank.sections.map(\.folder)))
            return nil
        }
        guard let outcomeEntry = entry(entries, "utfall", in: node, required: true), let outcomeKey = text(outcomeEntry.value),
            let outcome = field(outcomeKey, in: cases, at: outcomeEntry.value, types: [.choice])
        else { return nil }

        var config = StatisticsConfig(caseSection: caseFolder, outcomeField: outcome.key, groups: [], location: location)
        if let value = entry(entries, "k", in: node) {
            if let number = value.value.scalar.flatMap(Int.init) {
                if number < StatisticsConfig.minimumThreshold {
                    report(value.value, "statistik.threshold", "k = \(number) är för litet: gränsen för att visa ett antal får aldrig vara under \(StatisticsConfig.minimumThreshold)",
                        hint: "skriv k: \(StatisticsConfig.defaultThreshold) (standard) eller ett större tal")
                }
                config.threshold = max(number, StatisticsConfig.minimumThreshold)
            } else {
                report(value.value, "statistik.type", "k ska vara ett heltal, inte \(value.value.kindName)")
            }
        }
        if let value = entries.first(where: { $0.key == "titel" }), let title = text(value.value) { config.title = title }
        if let value = entries.first(where: { $0.key == "mapp" }), let folder = text(value.value) {
            if Slug.make(folder) == folder, !folder.isEmpty {
                config.folder = folder
                if bank.section(folder) != nil {
                    report(value.value, "statistik.folder", "mappen \"\(folder)\" används redan av en sektion", hint: "välj ett annat namn")
                }
            } else {
                report(value.value, "statistik.folder", "mappen \"\(folder)\" ska vara små bokstäver a–z, siffror och bindestreck",
                    hint: "till exempel \(Slug.make(folder))")
            }
        }
        if let value = entries.first(where: { $0.key == "kalla" }) { config.source = text(value.value) }
        if let value = entries.first(where: { $0.key == "projekt-falt" }), let key = text(value.value) {
            config.projectField = field(key, in: cases, at: value.value, types: [.reference])?.key
        } else if cases.field("projekt")?.type == .reference {
            config.projectField = "projekt"
        }
        for (key, path) in [("start", \StatisticsConfig.startField), ("slut", \StatisticsConfig.endField)] {
            if let value = entries.first(where: { $0.key == key }), let name = text(value.value) {
                config[keyPath: path] = field(name, in: cases, at: value.value, types: [.month])?.key
            }
        }
        let choices = outcome.choices.map(\.key)
        if let list = entry(entries, "grupper", in: node, required: true), let items = sequence(list.value, "grupper") {
            config.groups = items.compactMap { groupEntry($0, choices: choices) }
            var seen: [String: YAMLNode] = [:]
            for (item, group) in zip(items, config.groups) {
                for value in group.values {
                    if seen[value] != nil {
                        report(item, "statistik.group-overlap", "värdet \"\(value)\" står i mer än en grupp", hint: "varje utfall hör till exakt en grupp")
                    }
                    seen[value] = item
                }
            }
            for choice in choices where seen[choice] == nil {
                report(list.value, "statistik.group-missing", "utfallet \"\(choice)\" hör inte till någon grupp",
                    hint: "lägg till det under en grupps varden, annars räknas fallen inte")
            }
        }
        if let list = entries.first(where: { $0.key == "nyckeltal" }), let items = sequence(list.value, "nyckeltal") {
            config.keyFigures = items.compactMap { keyFigure($0, groups: config.groups) }
        }
        if let list = entries.first(where: { $0.key == "dimensioner" }), let items = sequence(list.value, "dimensioner") {
            config.dimensions = items.compactMap { dimension($0, cases: cases) }
        }
        if let value = entries.first(where: { $0.key == "fallsidor" }), let pageEntries = mapping(value.value, "fallsidor") {
            checkKeys(pageEntries, allowed: ["visa-alltid"], in: "fallsidor")
            if let shown = pageEntries.first(where: { $0.key == "visa-alltid" }) {
                config.alwaysShownOnCases = textList(shown.value).filter { key in
                    field(key, in: cases, at: shown.value, types: FieldType.allCases) != nil
                }
            }
        }
        if let value = entries.first(where: { $0.key == "samhallsvinst" }) {
            config.socialBenefit = socialBenefit(value.value, groups: config.groups)
        }
        if let value = entries.first(where: { $0.key == "projekt" }), let projects = mapping(value.value, "projekt") {
            for project in projects {
                config.projects[project.key] = projectStatistics(project.value, config: config, cases: cases)
            }
        }
        return config
    }

    // MARK: Parts

    private mutating func groupEntry(_ node: YAMLNode, choices: [String]) -> OutcomeGroup? {
        guard let entries = mapping(node, "en grupp") else { return nil }
        checkKeys(entries, allowed: ["nyckel", "namn", "varden", "definition"], in: "en grupp")
        guard let key = requiredText(entries, "nyckel", in: node), let name = requiredText(entries, "namn", in: node),
            let valuesEntry = entry(entries, "varden", in: node, required: true)
        else { return nil }
        let values = textList(valuesEntry.value)
        for (item, value) in zip(valuesEntry.value.items ?? [valuesEntry.value], values) where !choices.contains(value) {
            report(item, "statistik.unknown-value", "utfallet \"\(value)\" finns inte bland fältets värden",
                hint: NearestMatch.hint(for: value, among: choices) ?? "tillåtna: " + choices.joined(separator: ", "))
        }
        let definition = entries.first { $0.key == "definition" }.flatMap { text($0.value) }
        return OutcomeGroup(key: key, name: name, values: values, definition: definition)
    }

    private mutating func keyFigure(_ node: YAMLNode, groups: [OutcomeGroup]) -> KeyFigure? {
        guard let entries = mapping(node, "ett nyckeltal") else { return nil }
        checkKeys(entries, allowed: ["nyckel", "namn", "grupper"], in: "ett nyckeltal")
        guard let key = requiredText(entries, "nyckel", in: node), let name = requiredText(entries, "namn", in: node),
            let list = entry(entries, "grupper", in: node, required: true)
        else { return nil }
        let keys = groupKeys(list.value, groups: groups)
        return KeyFigure(key: key, name: name, groups: keys)
    }

    private mutating func dimension(_ node: YAMLNode, cases: SectionSchema) -> Dimension? {
        let key: String?
        var name: String?
        if let entries = node.entries {
            checkKeys(entries, allowed: ["falt", "namn"], in: "en dimension")
            key = requiredText(entries, "falt", in: node)
            name = entries.first { $0.key == "namn" }.flatMap { text($0.value) }
        } else {
            key = text(node)
        }
        guard let key, let schema = field(key, in: cases, at: node, types: [.choice, .reference, .list, .text]) else { return nil }
        if name == nil { name = schema.label }
        return Dimension(field: key, name: name, location: place(node))
    }

    private mutating func socialBenefit(_ node: YAMLNode, groups: [OutcomeGroup]) -> SocialBenefitRule? {
        guard let entries = mapping(node, "samhallsvinst") else { return nil }
        checkKeys(entries, allowed: ["grupp", "kronor-per-manad", "manader-per-ar", "regel"], in: "samhallsvinst")
        guard let groupEntry = entry(entries, "grupp", in: node, required: true),
            let group = groupKeys(groupEntry.value, groups: groups).first,
            let kronor = integer(entries, "kronor-per-manad", in: node, required: true)
        else { return nil }
        let months = integer(entries, "manader-per-ar", in: node) ?? 12
        let rule = entries.first { $0.key == "regel" }.flatMap { text($0.value) }
        return SocialBenefitRule(group: group, kronorPerMonth: kronor, monthsPerYear: months, description: rule)
    }

    private mutating func projectStatistics(_ node: YAMLNode, config: StatisticsConfig, cases: SectionSchema) -> ProjectStatistics? {
        guard let entries = mapping(node, "ett projekt") else { return nil }
        checkKeys(entries, allowed: ["mal", "kostnader"], in: "ett projekt")
        var project = ProjectStatistics()
        if let list = entries.first(where: { $0.key == "mal" }), let items = sequence(list.value, "mal") {
            project.goals = items.compactMap { goal($0, config: config, cases: cases) }
        }
        if let costs = entries.first(where: { $0.key == "kostnader" }), let costEntries = mapping(costs.value, "kostnader") {
            checkKeys(costEntries, allowed: ["fil", "ar", "budget", "utfall"], in: "kostnader")
            if let file = requiredText(costEntries, "fil", in: costs.value) {
                var source = CostSource(file: file, location: place(costs.value))
                if let year = costEntries.first(where: { $0.key == "ar" }).flatMap({ text($0.value) }) { source.yearColumn = year }
                if let budget = costEntries.first(where: { $0.key == "budget" }).flatMap({ text($0.value) }) { source.budgetColumn = budget }
                if let actual = costEntries.first(where: { $0.key == "utfall" }).flatMap({ text($0.value) }) { source.actualColumn = actual }
                project.costs = source
            }
        }
        return project
    }

    static let measures = ["antal", "andel", "tid", "falt"]

    private mutating func goal(_ node: YAMLNode, config: StatisticsConfig, cases: SectionSchema) -> Goal? {
        guard let entries = mapping(node, "ett mål") else { return nil }
        checkKeys(entries, allowed: ["namn", "matt", "minst", "minst-procent", "grupp", "varden", "hogst-manader", "falt", "bland"], in: "ett mål")
        guard let name = requiredText(entries, "namn", in: node), let measureEntry = entry(entries, "matt", in: node, required: true),
            let measure = text(measureEntry.value)
        else { return nil }
        let percent = integer(entries, "minst-procent", in: node)
        let location = place(node)
        switch measure {
        case "antal":
            guard let target = integer(entries, "minst", in: node, required: true) else { return nil }
            return Goal(name: name, measure: .participants(target: target), location: location)
        case "andel":
            guard let groupEntry = entry(entries, "grupp", in: node, required: true),
                let group = groupKeys(groupEntry.value, groups: config.groups).first,
                let percent = percent ?? integer(entries, "minst-procent", in: node, required: true)
            else { return nil }
            return Goal(name: name, measure: .share(group: group, percent: percent), location: location)
        case "tid":
            if config.startField == nil || config.endField == nil {
                report(measureEntry.value, "statistik.goal-duration", "målet mäter tid, men statistik saknar start och slut",
                    hint: "lägg till start: och slut: med fallens månadsfält (t.ex. inskriven och avslutad)")
            }
            guard let months = integer(entries, "hogst-manader", in: node, required: true) else { return nil }
            let values = entries.first { $0.key == "varden" }.map { outcomeValues($0.value, config: config, cases: cases) } ?? []
            return Goal(name: name, measure: .duration(values: values, months: months, percent: percent ?? 100), location: location)
        case "falt":
            guard let fieldName = requiredText(entries, "falt", in: node) else { return nil }
            let values = entries.first { $0.key == "varden" }.map { textList($0.value) } ?? []
            let among = entries.first { $0.key == "bland" }.map { groupKeys($0.value, groups: config.groups) } ?? []
            return Goal(name: name, measure: .field(field: fieldName, values: values, among: among, percent: percent ?? 100), location: location)
        default:
            report(measureEntry.value, "statistik.unknown-measure", "okänt mått \"\(measure)\"",
                hint: NearestMatch.hint(for: measure, among: Self.measures) ?? "tillåtna mått: " + Self.measures.joined(separator: ", "))
            return nil
        }
    }

    // MARK: Values

    private mutating func outcomeValues(_ node: YAMLNode, config: StatisticsConfig, cases: SectionSchema) -> [String] {
        let choices = cases.field(config.outcomeField)?.choices.map(\.key) ?? []
        let values = textList(node)
        for (item, value) in zip(node.items ?? [node], values) where !choices.contains(value) {
            report(item, "statistik.unknown-value", "utfallet \"\(value)\" finns inte bland fältets värden",
                hint: NearestMatch.hint(for: value, among: choices))
        }
        return values.filter(choices.contains)
    }

    private mutating func groupKeys(_ node: YAMLNode, groups: [OutcomeGroup]) -> [String] {
        let keys = textList(node)
        let known = groups.map(\.key)
        for (item, key) in zip(node.items ?? [node], keys) where !known.contains(key) {
            report(item, "statistik.unknown-group", "gruppen \"\(key)\" finns inte under grupper",
                hint: NearestMatch.hint(for: key, among: known) ?? "grupper: " + known.joined(separator: ", "))
        }
        return keys.filter(known.contains)
    }

    private mutating func field(_ key: String, in section: SectionSchema, at node: YAMLNode, types: [FieldType]) -> FieldSchema? {
        guard let field = section.field(key) else {
            report(node, "statistik.unknown-field", "sektionen \"\(section.folder)\" har inget fält \"\(key)\"",
                hint: NearestMatch.hint(for: key, among: section.fields.map(\.key)))
            return nil
        }
        guard types.contains(field.type) else {
            report(node, "statistik.field-type", "fältet \"\(key)\" har typen \(field.type.rawValue), här behövs \(types.map(\.rawValue).joined(separator: " eller "))")
            return nil
        }
        return field
    }

    private mutating func integer(_ entries: [YAMLEntry], _ key: String, in node: YAMLNode, required: Bool = false) -> Int? {
        guard let found = entry(entries, key, in: node, required: required) else { return nil }
        let cleaned = (found.value.scalar ?? "").replacingSpaces()
        guard let number = Int(cleaned), number >= 0 else {
            report(found.value, "statistik.type", "\(key) ska vara ett heltal 0 eller större, inte \"\(found.value.scalar ?? found.value.kindName)\"")
            return nil
        }
        return number
    }

    private mutating func requiredText(_ entries: [YAMLEntry], _ key: String, in node: YAMLNode) -> String? {
        entry(entries, key, in: node, required: true).flatMap { text($0.value) }
    }

    private mutating func entry(_ entries: [YAMLEntry], _ key: String, in node: YAMLNode, required: Bool = false) -> YAMLEntry? {
        if let found = entries.first(where: { $0.key == key }) { return found }
        if required { report(node, "statistik.missing-key", "nyckeln \"\(key)\" saknas", hint: "lägg till \(key): …") }
        return nil
    }

    private mutating func text(_ node: YAMLNode) -> String? {
        guard let text = node.scalar, !node.isNull else {
            report(node, "statistik.type", "här ska stå en text, inte \(node.kindName)")
            return nil
        }
        return text
    }

    private mutating func textList(_ node: YAMLNode) -> [String] {
        if let items = node.items { return items.compactMap { text($0) } }
        return text(node).map { [$0] } ?? []
    }

    private mutating func mapping(_ node: YAMLNode, _ what: String) -> [YAMLEntry]? {
        guard let entries = node.entries else {
            report(node, "statistik.type", "\(what) ska vara en tabell med nycklar, inte \(node.kindName)")
            return nil
        }
        return entries
    }

    private mutating func sequence(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard let items = node.items else {
            report(node, "statistik.type", "\(what) ska vara en lista, inte \(node.kindName)")
            return nil
        }
        return items
    }

    private mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], in context: String) {
        for entry in entries where !allowed.contains(entry.key) {
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn), rule: "statistik.unknown-key",
                "okänd nyckel \"\(entry.key)\" i \(context)",
                hint: NearestMatch.hint(for: entry.key, among: allowed) ?? "tillåtna nycklar: " + allowed.joined(separator: ", ")))
        }
    }

    private func place(_ node: YAMLNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }

    private mutating func report(_ node: YAMLNode, _ rule: String, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: place(node), rule: rule, message, hint: hint))
    }
}

extension String {
    /// `16 000` → `16000`: amounts may be written with spaces between thousands.
    fileprivate func replacingSpaces() -> String { String(filter { $0 != " " && $0 != "\u{00A0}" && $0 != "_" }) }
}
