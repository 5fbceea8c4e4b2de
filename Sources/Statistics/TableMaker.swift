import Content
import SiteCore

/// Lays out the statistics pages from protected counts: every number comes from a quantity of
/// the model and its disclosure decision, never from the records directly.
struct TableMaker {
    var model: CountModel
    let decision: DisclosureDecision
    let choices: [Choice]

    var config: StatisticsConfig { model.config }
    var k: Int { config.threshold }

    // MARK: Cells

    func count(_ quantity: Int) -> StatisticsTable.Cell {
        guard quantity < decision.suppressed.count else { return .suppressed(.complementary) }
        if let reason = decision.suppressed[quantity] { return .suppressed(reason) }
        return .number(model.problem.quantities[quantity].value)
    }

    /// A share in whole percent: hidden with its count or its denominator, not applicable of zero.
    func percent(_ part: Int, of whole: Int) -> StatisticsTable.Cell {
        let denominator = model.problem.quantities[whole].value
        if denominator == 0 { return .notApplicable }
        if case .suppressed = count(part).status { return count(part) }
        if count(whole).status == .suppressed || denominator < k { return .suppressed(.complementary) }
        return .number(CellFormat.percent(model.problem.quantities[part].value, of: denominator))
    }

    func value(_ quantity: Int) -> Int { model.problem.quantities[quantity].value }

    private func label(_ value: String) -> String { choices.first { $0.key == value }?.label ?? value }

    private var countColumns: [StatisticsTable.Column] {
        [.init(key: "antal", label: "Antal", unit: .count), .init(key: "andel", label: "Andel", unit: .percent)]
    }

    // MARK: Tables

    mutating func groupTable(_ population: CountModel.Population, id: String) -> StatisticsTable {
        let total = model.total(population)
        var rows = config.groups.map { group -> StatisticsTable.Row in
            let quantity = model.group(population, group)
            return .init(key: group.key, label: group.name, cells: [count(quantity), percent(quantity, of: total)])
        }
        rows.append(.init(key: "total", label: "Samtliga deltagare", cells: [count(total), percent(total, of: total)], isTotal: true))
        return StatisticsTable(id: id, title: "Deltagare efter utfallsgrupp", rowHeading: "Utfallsgrupp", columns: countColumns, rows: rows, threshold: k)
    }

    mutating func detailTable(_ population: CountModel.Population, id: String) -> StatisticsTable {
        let total = model.total(population)
        var rows: [StatisticsTable.Row] = []
        for group in config.groups {
            for value in group.values {
                let quantity = model.outcomes(population, [value])
                rows.append(.init(key: value, label: label(value), cells: [.text(group.name), count(quantity), percent(quantity, of: total)]))
            }
        }
        return StatisticsTable(
            id: id, title: "Deltagare efter utfall", rowHeading: "Utfall",
            columns: [.init(key: "grupp", label: "Utfallsgrupp", unit: .text)] + countColumns, rows: rows, threshold: k)
    }

    mutating func keyFigureTable(_ population: CountModel.Population, id: String) -> StatisticsTable? {
        guard !config.keyFigures.isEmpty else { return nil }
        let total = model.total(population)
        let rows = config.keyFigures.map { figure -> StatisticsTable.Row in
            let quantity = model.outcomes(population, config.groups.filter { figure.groups.contains($0.key) }.flatMap(\.values))
            return .init(key: figure.key, label: figure.name, cells: [count(quantity), count(total), percent(quantity, of: total)])
        }
        return StatisticsTable(
            id: id, title: "Nyckeltal", rowHeading: "Nyckeltal",
            columns: [.init(key: "antal", label: "Antal", unit: .count), .init(key: "av", label: "Av deltagarna", unit: .count),
                      .init(key: "andel", label: "Andel", unit: .percent)],
            rows: rows, threshold: k, hasChart: false)
    }

    mutating func socialBenefitTable(_ population: CountModel.Population, id: String) -> StatisticsTable? {
        guard let rule = config.socialBenefit, let group = config.group(rule.group) else { return nil }
        let quantity = model.group(population, group)
        let people = count(quantity)
        let yearly: StatisticsTable.Cell = people.status == .ok ? .number(value(quantity) * rule.kronorPerMonth * rule.monthsPerYear) : people
        return StatisticsTable(
            id: id, title: "Samhällsvinst per år", rowHeading: "Utfallsgrupp",
            columns: [
                .init(key: "deltagare", label: "Deltagare", unit: .count),
                .init(key: "schablon", label: "Schablon per deltagare och månad", unit: .kronor),
                .init(key: "manader", label: "Månader per år", unit: .count),
                .init(key: "samhallsvinst", label: "Samhällsvinst per år", unit: .kronor),
            ],
            rows: [.init(key: group.key, label: group.name, cells: [people, .number(rule.kronorPerMonth), .number(rule.monthsPerYear), yearly])],
            threshold: k, hasChart: false)
    }

    func costTable(_ costs: CostData, id: String) -> StatisticsTable {
        var rows = costs.years.map { year in
            StatisticsTable.Row(key: year.year, label: year.year, cells: [.number(year.budget), .number(year.actual), .number(year.budget - year.actual)])
        }
        rows.append(.init(key: "total", label: "Summa", cells: [.number(costs.totalBudget), .number(costs.totalActual),
            .number(costs.totalBudget - costs.totalActual)], isTotal: true))
        return StatisticsTable(
            id: id, title: "Budget och utfall per år", rowHeading: "År",
            columns: [.init(key: "budget", label: "Budget", unit: .kronor), .init(key: "utfall", label: "Utfall", unit: .kronor),
                      .init(key: "avvikelse", label: "Avvikelse", unit: .kronor)],
            rows: rows, threshold: k)
    }

    mutating func costPerParticipantTable(_ costs: CostData, project: String, id: String) -> StatisticsTable {
        let total = model.total(.project(project))
        let people = count(total)
        let perPerson: StatisticsTable.Cell
        if people.status != .ok { perPerson = people } else if value(total) == 0 { perPerson = .notApplicable } else {
            perPerson = .number((costs.totalActual * 2 + value(total)) / (value(total) * 2))
        }
        let years = costs.years.map(\.year)
        let period = years.count > 1 ? "\(years.first ?? "")–\(years.last ?? "")" : years.first ?? ""
        return StatisticsTable(
            id: id, title: "Kostnad per deltagare", rowHeading: "Period",
            columns: [
                .init(key: "kostnad", label: "Kostnad (utfall)", unit: .kronor),
                .init(key: "deltagare", label: "Deltagare", unit: .count),
                .init(key: "per-deltagare", label: "Kostnad per deltagare", unit: .kronor),
            ],
            rows: [.init(key: "period", label: period, cells: [.number(costs.totalActual), people, perPerson])],
            threshold: k, hasChart: false)
    }

    mutating func goalTable(_ project: String, goals: [Goal], id: String) -> StatisticsTable {
        let rows = goals.enumerated().map { offset, goal in goalRow(project, goal, key: "mal-\(offset + 1)") }
        return StatisticsTable(
            id: id, title: "Måluppfyllelse", rowHeading: "Mål",
            columns: [.init(key: "utfall", label: "Utfall", unit: .count), .init(key: "av", label: "Av", unit: .count),
                      .init(key: "andel", label: "Andel", unit: .percent), .init(key: "bedomning", label: "Bedömning", unit: .text)],
            rows: rows, threshold: k, hasChart: false)
    }

    private mutating func goalRow(_ project: String, _ goal: Goal, key: String) -> StatisticsTable.Row {
        let noData = StatisticsTable.Row(key: key, label: goal.name, cells: [.notApplicable, .notApplicable, .notApplicable, .text(GoalStatus.noData.rawValue)])
        switch goal.measure {
        case .participants(let target):
            let total = model.total(.project(project))
            let met = value(total) >= target
            return .init(key: key, label: goal.name, cells: [count(total), .notApplicable, .notApplicable, .text(GoalStatus(met).rawValue)])
        case .share(let groupKey, let target):
            guard let group = config.group(groupKey) else { return noData }
            let total = model.total(.project(project))
            guard value(total) > 0 else { return noData }
            let part = model.group(.project(project), group)
            let met = value(part) * 100 >= target * value(total)
            return .init(key: key, label: goal.name, cells: [count(part), count(total), percent(part, of: total), .text(GoalStatus(met).rawValue)])
        case .duration(let values, let months, let target):
            let selection = values.isEmpty ? model.values : values
            let total = model.outcomes(.project(project), selection)
            guard value(total) > 0 else { return noData }
            let within = model.duration(project, months: months, selection: selection, .within)
            if model.hasUnknownDurations(project), value(model.duration(project, months: months, selection: selection, .unknown)) > 0 {
                return noData
            }
            let met = value(within) * 100 >= target * value(total)
            return .init(key: key, label: goal.name, cells: [count(within), count(total), percent(within, of: total), .text(GoalStatus(met).rawValue)])
        case .field(let field, let wanted, let among, let target):
            let groups = among.isEmpty ? config.groups : config.groups.filter { among.contains($0.key) }
            let members = model.members(.project(project))
            guard members.contains(where: { $0.fields[field] != nil }) else { return noData }
            let yes = model.fieldCount(project, field: field, values: wanted, among: groups, has: true)
            let base = model.outcomes(.project(project), groups.flatMap(\.values))
            guard value(base) > 0 else { return noData }
            let met = value(yes) * 100 >= target * value(base)
            return .init(key: key, label: goal.name, cells: [count(yes), count(base), percent(yes, of: base), .text(GoalStatus(met).rawValue)])
        }
    }

    mutating func dimensionTable(_ layout: DimensionLayout, id: String) -> StatisticsTable {
        var rows = layout.values.map { value -> StatisticsTable.Row in
            let cells = config.groups.map { count(model.dimensionCell(layout, value: value.key, group: $0)) }
            return .init(key: value.key.isEmpty ? "saknas" : value.key, label: value.label, cells: cells + [count(model.dimensionRow(layout, value: value.key))])
        }
        if !layout.isMultiValued {
            rows.append(.init(key: "total", label: "Samtliga", cells: config.groups.map { count(model.group(.bank, $0)) } + [count(model.total(.bank))], isTotal: true))
        }
        return StatisticsTable(
            id: id, title: "Deltagare efter \(layout.name.lowercasedFirst) och utfallsgrupp", rowHeading: layout.name,
            columns: config.groups.map { .init(key: $0.key, label: $0.name, unit: .count) } + [.init(key: "total", label: "Totalt", unit: .count)],
            rows: rows, threshold: k)
    }

    /// One row of a dimension table, for the page the value refers to (a method's cases by outcome).
    mutating func summary(_ layout: DimensionLayout, value: (key: String, label: String)) -> StatisticsTable {
        let cells = config.groups.map { count(model.dimensionCell(layout, value: value.key, group: $0)) }
        return StatisticsTable(
            id: "utfall-\(Slug.make(layout.name))-\(value.key)", title: "Utfall för fallen med \(layout.name.lowercasedFirst) \(value.label)",
            rowHeading: layout.name,
            columns: config.groups.map { .init(key: $0.key, label: $0.name, unit: .count) } + [.init(key: "total", label: "Totalt", unit: .count)],
            rows: [.init(key: value.key, label: value.label, cells: cells + [count(model.dimensionRow(layout, value: value.key))])],
            threshold: k, hasChart: false)
    }
}

/// The assessment of a goal.
public enum GoalStatus: String, Sendable, Hashable {
    case met = "uppfyllt"
    case notMet = "ej uppfyllt"
    case noData = "saknar underlag"

    init(_ met: Bool) { self = met ? .met : .notMet }
}

extension String {
    /// `Kommun` → `kommun` (for running text), leaving acronyms (`SGI`) alone.
    var lowercasedFirst: String {
        guard let first, first.isUppercase, dropFirst().first?.isUppercase != true else { return self }
        return first.lowercased() + dropFirst()
    }
}
