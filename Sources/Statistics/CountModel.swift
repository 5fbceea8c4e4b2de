/// Every count the statistics pages publish, expressed as quantities of one `DisclosureProblem`.
///
/// Atoms: `cases[p][v]` = cases of project p with outcome v. Each dimension d adds atoms
/// `x[d][g][a]` (cases of group g with value a), tied to the group totals; each duration goal adds
/// `x[p][limit][v][class]`, tied to the outcome counts; each field goal adds `x[p][goal][g][yes/no]`.
/// Tables only ever name these quantities, so one decision covers them all.
struct CountModel {
    let config: StatisticsConfig
    let records: [CaseRecord]
    let projects: [String]
    let values: [String]
    private(set) var problem = DisclosureProblem()
    private var caseAtoms: [String: [String: Int]] = [:]
    private var dimensionAtoms: [String: [String: [String: Int]]] = [:]
    private var durationAtoms: [DurationKey: [String: [DurationClass: Int]]] = [:]
    private var fieldAtoms: [FieldKey: [String: [Bool: Int]]] = [:]

    enum Population: Hashable, Sendable {
        case bank
        case project(String)
    }

    enum DurationClass: Int, CaseIterable, Sendable { case within, over, unknown }

    struct DurationKey: Hashable { var project: String; var months: Int }
    struct FieldKey: Hashable { var project: String; var field: String; var values: [String]; var among: [String] }

    init(config: StatisticsConfig, records: [CaseRecord], projects: [String], values: [String]) {
        self.config = config
        self.records = records.filter { $0.outcome.map(values.contains) ?? false }
        self.projects = projects
        self.values = values
        for project in projects {
            for value in values { caseAtoms[project, default: [:]][value] = problem.newAtom() }
        }
    }

    // MARK: Outcome counts

    func members(_ population: Population) -> [CaseRecord] {
        switch population {
        case .bank: records
        case .project(let slug): records.filter { $0.project == slug }
        }
    }

    private func projectsOf(_ population: Population) -> [String] {
        switch population {
        case .bank: projects
        case .project(let slug): projects.contains(slug) ? [slug] : []
        }
    }

    /// Cases of `population` whose outcome is one of `outcomes`.
    mutating func outcomes(_ population: Population, _ outcomes: [String]) -> Int {
        let atoms = projectsOf(population).flatMap { project in outcomes.compactMap { caseAtoms[project]?[$0] } }
        let value = members(population).count { outcomes.contains($0.outcome ?? "") }
        return problem.quantity(atoms, value: value)
    }

    mutating func total(_ population: Population) -> Int { outcomes(population, values) }

    mutating func group(_ population: Population, _ group: OutcomeGroup) -> Int { outcomes(population, group.values) }

    /// The outcome tables of one population, with their lines and shares declared.
    mutating func declareOutcomeTables(_ population: Population) {
        let total = total(population)
        var groupQuantities: [Int] = []
        for group in config.groups {
            let quantity = self.group(population, group)
            groupQuantities.append(quantity)
            let valueQuantities = group.values.map { outcomes(population, [$0]) }
            problem.line(total: quantity, parts: valueQuantities)
            for value in valueQuantities { problem.share(value, of: total, threshold: config.threshold) }
            problem.share(quantity, of: total, threshold: config.threshold)
        }
        problem.line(total: total, parts: groupQuantities)
        for figure in config.keyFigures {
            let parts = config.groups.filter { figure.groups.contains($0.key) }.map { group(population, $0) }
            let quantity = outcomes(population, config.groups.filter { figure.groups.contains($0.key) }.flatMap(\.values))
            problem.line(total: quantity, parts: parts)
            problem.share(quantity, of: total, threshold: config.threshold)
        }
        if population == .bank {
            problem.line(total: total, parts: projects.map { self.total(.project($0)) })
            for group in config.groups {
                problem.line(total: self.group(.bank, group), parts: projects.map { self.group(.project($0), group) })
                for value in group.values {
                    problem.line(total: outcomes(.bank, [value]), parts: projects.map { outcomes(.project($0), [value]) })
                }
            }
        }
    }

    // MARK: Dimensions

    /// The cell of `dimension` value `value` (`""` = missing) and outcome group `group`, bank-wide.
    mutating func dimensionCell(_ dimension: DimensionLayout, value: String, group: OutcomeGroup) -> Int {
        if dimension.isProject { return self.group(.project(value), group) }
        let atom = dimensionAtom(dimension, group: group.key, value: value)
        let count = records.count { group.values.contains($0.outcome ?? "") && dimension.matches($0, value) }
        return problem.quantity([atom], value: count)
    }

    mutating func dimensionRow(_ dimension: DimensionLayout, value: String) -> Int {
        if dimension.isProject { return total(.project(value)) }
        let atoms = config.groups.map { dimensionAtom(dimension, group: $0.key, value: value) }
        return problem.quantity(atoms, value: records.count { dimension.matches($0, value) })
    }

    private mutating func dimensionAtom(_ dimension: DimensionLayout, group: String, value: String) -> Int {
        if let atom = dimensionAtoms[dimension.field]?[group]?[value] { return atom }
        let atom = problem.newAtom()
        dimensionAtoms[dimension.field, default: [:]][group, default: [:]][value] = atom
        return atom
    }

    mutating func declareDimensionTable(_ dimension: DimensionLayout) {
        let total = total(.bank)
        var rows: [Int] = []
        for value in dimension.values.map(\.key) {
            let row = dimensionRow(dimension, value: value)
            rows.append(row)
            var cells: [Int] = []
            for group in config.groups {
                let cell = dimensionCell(dimension, value: value, group: group)
                cells.append(cell)
                problem.share(cell, of: row, threshold: config.threshold)
            }
            problem.line(total: row, parts: cells)
        }
        guard !dimension.isProject else { return }
        for group in config.groups {
            let groupTotal = self.group(.bank, group)
            let atoms = dimension.values.map { dimensionAtom(dimension, group: group.key, value: $0.key) }
            if dimension.isMultiValued {
                for atom in atoms { problem.link([atom], .atMost, groupTotal) }
            } else {
                problem.link(atoms, .equal, groupTotal)
                problem.line(total: groupTotal, parts: dimension.values.map { dimensionCell(dimension, value: $0.key, group: group) })
            }
        }
        if !dimension.isMultiValued { problem.line(total: total, parts: rows) }
    }

    // MARK: Durations

    /// Cases of `project` with an outcome in `selection` that lasted within (or over) `months`.
    mutating func duration(_ project: String, months: Int, selection: [String], _ kind: DurationClass) -> Int {
        let key = DurationKey(project: project, months: months)
        if durationAtoms[key] == nil { declareDurationFamily(key) }
        let atoms = selection.compactMap { durationAtoms[key]?[$0]?[kind] }
        let count = members(.project(project)).count { record in
            guard selection.contains(record.outcome ?? "") else { return false }
            return Self.durationClass(record.months, limit: months) == kind
        }
        return problem.quantity(atoms, value: count)
    }

    static func durationClass(_ months: Int?, limit: Int) -> DurationClass {
        guard let months else { return .unknown }
        return months <= limit ? .within : .over
    }

    /// Whether any case of the project lacks a start or end month.
    func hasUnknownDurations(_ project: String) -> Bool { members(.project(project)).contains { $0.months == nil } }

    /// The duration classes a project's cases fall in: `unknown` only when some case lacks a month.
    func durationClasses(_ project: String) -> [DurationClass] {
        hasUnknownDurations(project) ? DurationClass.allCases : [.within, .over]
    }

    private mutating func declareDurationFamily(_ key: DurationKey) {
        var family: [String: [DurationClass: Int]] = [:]
        for value in values {
            var atoms: [DurationClass: Int] = [:]
            for kind in durationClasses(key.project) { atoms[kind] = problem.newAtom() }
            family[value] = atoms
        }
        durationAtoms[key] = family
        for value in values {
            let outcome = outcomes(.project(key.project), [value])
            problem.link(durationClasses(key.project).compactMap { family[value]?[$0] }, .equal, outcome)
        }
    }

    mutating func declareDurationLines(_ project: String, months: Int, selection: [String]) {
        let total = outcomes(.project(project), selection)
        let parts = durationClasses(project).map { duration(project, months: months, selection: selection, $0) }
        problem.line(total: total, parts: parts)
        for part in parts { problem.share(part, of: total, threshold: config.threshold) }
    }

    // MARK: Field goals

    /// The counts of a field goal and their line, before protection.
    mutating func declareFieldGoal(_ project: String, field: String, values wanted: [String], among: [OutcomeGroup]) {
        guard members(.project(project)).contains(where: { $0.fields[field] != nil }) else { return }
        let yes = fieldCount(project, field: field, values: wanted, among: among, has: true)
        let no = fieldCount(project, field: field, values: wanted, among: among, has: false)
        let base = outcomes(.project(project), among.flatMap(\.values))
        problem.line(total: base, parts: [yes, no])
        problem.share(yes, of: base, threshold: config.threshold)
    }

    /// Cases of `project` in groups `among` whose `field` has one of `values` (or, with `has` false, not).
    mutating func fieldCount(_ project: String, field: String, values wanted: [String], among: [OutcomeGroup], has: Bool) -> Int {
        let key = FieldKey(project: project, field: field, values: wanted, among: among.map(\.key))
        if fieldAtoms[key] == nil {
            var family: [String: [Bool: Int]] = [:]
            for group in among { family[group.key] = [true: problem.newAtom(), false: problem.newAtom()] }
            fieldAtoms[key] = family
            for group in among {
                problem.link([true, false].compactMap { family[group.key]?[$0] }, .equal, self.group(.project(project), group))
            }
        }
        let atoms = among.compactMap { fieldAtoms[key]?[$0.key]?[has] }
        let count = members(.project(project)).count { record in
            guard among.contains(where: { $0.values.contains(record.outcome ?? "") }) else { return false }
            return (record.fields[field] ?? []).contains(where: wanted.contains) == has
        }
        return problem.quantity(atoms, value: count)
    }
}

/// A dimension as laid out in its table: its rows (value keys and labels) and how cases match them.
struct DimensionLayout: Sendable {
    var field: String
    var name: String
    var slug: String
    var values: [(key: String, label: String)]
    var isMultiValued: Bool
    var isProject: Bool

    func matches(_ record: CaseRecord, _ value: String) -> Bool {
        let own = record.attributes[field] ?? []
        return value.isEmpty ? own.isEmpty : own.contains(value)
    }
}
