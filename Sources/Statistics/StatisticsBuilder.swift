import Content
import SiteCore

/// Builds `BankStatistics` from the configuration, the pages and the data files: declares every
/// count, protects them all at once, then lays out the pages from the protected counts.
public struct StatisticsBuilder {
    let config: StatisticsConfig
    let bank: BankConfig
    let pages: [Page]
    let dataFiles: [DataFile]

    public init(config: StatisticsConfig, bank: BankConfig, pages: [Page], dataFiles: [DataFile]) {
        self.config = config
        self.bank = bank
        self.pages = pages
        self.dataFiles = dataFiles
    }

    /// Reads the `statistik` node and builds everything; nil (with diagnostics) when the section is wrong.
    public static func build(node: YAMLNode, configFile: String, bank: BankConfig, pages: [Page], dataFiles: [DataFile]) -> (BankStatistics?, [Diagnostic]) {
        let (config, diagnostics) = StatisticsConfigReader.read(node, file: configFile, bank: bank)
        guard let config else { return (nil, diagnostics) }
        let (statistics, more) = StatisticsBuilder(config: config, bank: bank, pages: pages, dataFiles: dataFiles).build()
        return (statistics, diagnostics + more)
    }

    public func build() -> (BankStatistics, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let caseSchema = bank.section(config.caseSection)
        let outcomeChoices = caseSchema?.field(config.outcomeField)?.choices ?? []
        let records = CaseRecord.records(from: pages, config: config)
        let projects = projectList(records)
        let layouts = config.dimensions.map { layout($0, records: records, projects: projects) }

        var model = CountModel(config: config, records: records, projects: projects.map(\.key), values: outcomeChoices.map(\.key))
        model.declareOutcomeTables(.bank)
        for project in projects { model.declareOutcomeTables(.project(project.key)) }
        for layout in layouts { model.declareDimensionTable(layout) }
        for project in projects {
            for goal in config.projects[project.key]?.goals ?? [] {
                switch goal.measure {
                case .duration(let values, let months, _):
                    model.declareDurationLines(project.key, months: months, selection: values.isEmpty ? model.values : values)
                case .field(let field, let values, let among, _):
                    let groups = among.isEmpty ? config.groups : config.groups.filter { among.contains($0.key) }
                    model.declareFieldGoal(project.key, field: field, values: values, among: groups)
                default: break
                }
            }
        }
        var costs: [String: CostData] = [:]
        for project in projects {
            guard let source = config.projects[project.key]?.costs else { continue }
            let (data, problems) = CostData.read(source, dataFiles: dataFiles)
            diagnostics += problems
            costs[project.key] = data
        }
        for (slug, statistics) in config.projects.sorted(by: { $0.key < $1.key }) where !projects.contains(where: { $0.key == slug }) {
            diagnostics.append(Diagnostic(
                .error, at: statistics.goals.first?.location ?? config.location, rule: "statistik.unknown-project",
                "projektet \"\(slug)\" finns inte", hint: NearestMatch.hint(for: slug, among: projects.map(\.key))))
        }

        let decision = DisclosureControl.protect(model.problem, threshold: config.threshold)
        var tables = TableMaker(model: model, decision: decision, choices: outcomeChoices)
        var statisticsPages: [StatisticsPage] = []
        statisticsPages.append(tables.bankPage(projects: projects, layouts: layouts))
        for project in projects where !project.key.isEmpty {
            statisticsPages.append(tables.projectPage(project, goals: config.projects[project.key]?.goals ?? [], costs: costs[project.key]))
        }
        for layout in layouts { statisticsPages.append(tables.dimensionPage(layout)) }

        var summaries: [String: StatisticsTable] = [:]
        for (dimension, layout) in zip(config.dimensions, layouts) where !layout.isProject {
            guard let section = caseSchema?.field(dimension.field)?.referenceSection else { continue }
            for value in layout.values where !value.key.isEmpty {
                summaries[section + "/" + value.key] = tables.summary(layout, value: value)
            }
        }
        let fieldKinds = (caseSchema?.fields ?? []).map { field in
            (key: field.key, isMonth: field.type == .month,
             isDecidable: field.type != .text && !config.alwaysShownOnCases.contains(field.key))
        }
        let display = CaseDisplay.decide(records: model.records, fieldKinds: fieldKinds, config: config)
        return (BankStatistics(config: config, pages: statisticsPages, outcomeSummaries: summaries, caseDisplay: display,
            problem: tables.model.problem, decision: decision), diagnostics)
    }

    /// Projects as pages of the project field's section (title order), plus slugs only cases name,
    /// plus `""` for cases without a project.
    private func projectList(_ records: [CaseRecord]) -> [(key: String, label: String)] {
        guard let field = config.projectField, let section = bank.section(config.caseSection)?.field(field)?.referenceSection else {
            return [("", "Alla fall")]
        }
        var list = sortedPages(section).map { (key: $0.slug, label: $0.title) }
        for record in records where !list.contains(where: { $0.key == record.project }) {
            list.append((record.project, record.project.isEmpty ? "Utan projekt" : record.project))
        }
        return list
    }

    private func sortedPages(_ section: String) -> [Page] {
        pages.filter { $0.section == section && $0.kind == .regular }.sorted { a, b in
            let (x, y) = (a.orderNumber ?? .infinity, b.orderNumber ?? .infinity)
            if x != y { return x < y }
            return a.title != b.title ? SwedishCollation.areInIncreasingOrder(a.title, b.title) : a.slug < b.slug
        }
    }

    private func layout(_ dimension: Dimension, records: [CaseRecord], projects: [(key: String, label: String)]) -> DimensionLayout {
        let name = dimension.name ?? dimension.field
        let field = bank.section(config.caseSection)?.field(dimension.field)
        if dimension.field == config.projectField {
            return DimensionLayout(field: dimension.field, name: name, slug: Slug.make(name), values: projects, isMultiValued: false, isProject: true)
        }
        var values: [(key: String, label: String)]
        if let section = field?.referenceSection {
            values = sortedPages(section).map { ($0.slug, $0.title) }
        } else if let choices = field?.choices, !choices.isEmpty {
            values = choices.map { ($0.key, $0.label) }
        } else {
            let seen = Set(records.flatMap { $0.attributes[dimension.field] ?? [] })
            values = seen.sorted(by: SwedishCollation.areInIncreasingOrder).map { ($0, $0) }
        }
        let isMulti = field?.type == .list
        for record in records {
            for value in record.attributes[dimension.field] ?? [] where !values.contains(where: { $0.key == value }) { values.append((value, value)) }
        }
        if !isMulti, records.contains(where: { ($0.attributes[dimension.field] ?? []).isEmpty }) { values.append(("", "Uppgift saknas")) }
        return DimensionLayout(field: dimension.field, name: name, slug: Slug.make(name), values: values, isMultiValued: isMulti, isProject: false)
    }
}

extension Page {
    fileprivate var orderNumber: Double? {
        if case .number(let value)? = value("ordning") { return value }
        return nil
    }
}
